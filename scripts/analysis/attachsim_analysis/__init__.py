"""Analysis of attachsim outputs: loaders (load), statistics (stats, calibration), figures and
the Markdown report (figures, report), parameter sweeps (sweep) and merging their outputs
(merge). See docs/analysis.md."""

from .errors import AnalysisError
from .load import (column_metadata, config_value, load_panel, load_timeseries, read_config,
                   read_provenance, read_table)

__all__ = ["AnalysisError", "column_metadata", "config_value", "load_panel", "load_timeseries",
           "read_config", "read_provenance", "read_table"]
