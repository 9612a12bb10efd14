"""The one error type of the analysis package, and how command-line entry points report it."""

import signal
import sys
from typing import Callable, Sequence


class AnalysisError(Exception):
    """A problem with an input the user gave: a file that is missing, not an attachsim output,
    lacks a table or column, or a sweep file with a bad entry. The message names the file and
    what is wrong."""


def run_cli(main: Callable[[Sequence[str] | None], int], argv: Sequence[str] | None = None) -> None:
    """Runs a command-line main(); reports an AnalysisError as one line on stderr and exits 2.
    Output piped into a command that stops reading (`| head`) ends the program quietly."""
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        code = main(argv)
    except AnalysisError as error:
        print(f"error: {error}", file=sys.stderr)
        code = 2
    sys.exit(code)
