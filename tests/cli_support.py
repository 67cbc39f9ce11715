"""Run the quizgen CLI in this process and capture what it prints."""

from __future__ import annotations

import contextlib
import io

from quizgen.cli import main


def run_cli(*argv: str) -> tuple[int, str, str]:
    """`quizgen ARGV...`: its exit code, standard output and standard error."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(list(argv))
    return code, stdout.getvalue(), stderr.getvalue()
