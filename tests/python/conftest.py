"""Fixtures of the Python tests: the attachsim binary and one tiny real run shared by the
tests that need real output."""

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts", "analysis"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from h5files import run_attachsim  # noqa: E402


@pytest.fixture(scope="session")
def attachsim_bin() -> str:
    """$ATTACHSIM_BIN, else build/app/attachsim; fails (not skips) when it is missing."""
    binary = os.environ.get("ATTACHSIM_BIN") or os.path.join(ROOT, "build", "app", "attachsim")
    if not os.access(binary, os.X_OK):
        pytest.fail(f"attachsim binary {binary} not found: run scripts/build or set ATTACHSIM_BIN")
    return os.path.abspath(binary)


@pytest.fixture(scope="session")
def real_run(attachsim_bin, tmp_path_factory) -> str:
    """A tiny baseline run (2 communities x 30 families, 700 days, seed 11)."""
    return run_attachsim(attachsim_bin, tmp_path_factory.mktemp("real") / "tiny.h5")
