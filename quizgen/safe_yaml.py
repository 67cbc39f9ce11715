"""YAML shapes quizgen refuses before building anything from a document.

Aliases (`*name`) let a few bytes stand for an exponential tree ("billion laughs") or a
cycle (`&g {x: *g}`) that recursive code never leaves; very deep nesting exhausts the
stack. Both are found here in one linear pass over the parser's events, so no tree is
ever built from such a text (the pass costs about a sixth of building the node tree).
Bank files and Markdown front matter never need either.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

try:  # the C parser is ~10x faster and gives the same events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: Nesting deeper than this is refused (a bank file needs 4 levels).
MAX_DEPTH = 50


@dataclass(frozen=True)
class Refusal:
    """Why a YAML text is refused, and where (1-based line)."""

    line: int
    message: str


_ALIAS_MESSAGE = (
    "anchors and aliases (&name, *name, <<: *name) are not allowed; write the value out in full"
)


def refusal(text: str) -> Refusal | None:
    """The first anchor, alias or too-deep nesting in `text`, or None. Syntax errors
    raise yaml.YAMLError as the loaders do."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return Refusal(event.start_mark.line + 1, _ALIAS_MESSAGE)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return Refusal(
                    event.start_mark.line + 1, f"nested more than {MAX_DEPTH} levels deep"
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None
