"""Exports: a registry of formats (quizgen.export.registry), one module per format.

`get_format("gift").render(entries, ExportOptions())` -> {file name: bytes}; the CLI
(`quizgen export`) does the writing.
"""

from quizgen.export.registry import (
    FORMATS,
    ExportOptions,
    Format,
    formats,
    get_format,
    register,
)

__all__ = ["FORMATS", "ExportOptions", "Format", "formats", "get_format", "register"]
