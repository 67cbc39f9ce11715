"""Reusable widgets, one per module; each loads the `.tcss` file next to it."""

from __future__ import annotations

from pathlib import Path


def widget_css(module_file: str) -> str:
    """The `.tcss` file next to a widget module, as its DEFAULT_CSS (widgets have no CSS_PATH)."""
    return Path(module_file).with_suffix(".tcss").read_text(encoding="utf-8")
