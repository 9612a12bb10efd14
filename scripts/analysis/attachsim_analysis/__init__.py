"""Analysis of attachsim outputs (docs/analysis.md): loaders (load), statistics (stats,
calibration), figures and the Markdown report (figures, report), parameter sweeps (sweep) and
merging their outputs (merge).

Importing the package imports nothing else, so that `sweep` runs with the standard library
alone (a Slurm task needs no h5py); import the modules you use, e.g.
`from attachsim_analysis.load import load_panel`.
"""
