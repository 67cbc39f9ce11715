"""YAML shapes quizgen refuses before building anything from a document.

Aliases (`*name`) let a few bytes stand for an exponential tree ("billion laughs") or a
cycle (`&g {x: *g}`) that recursive code never leaves; very deep nesting exhausts the
stack; millions of values exhaust memory once built into nodes. All three are found here
in one pass over the parser's events, in constant memory, so no tree is ever built from
such a text (the pass costs about a sixth of building the node tree). Bank files and
Markdown front matter never need any of them.
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
#: More values (scalars and collections) than this are refused: a bank file of 10,000
#: questions holds about 170,000.
MAX_NODES = 1_000_000

_ALIAS_MESSAGE = (
    "anchors and aliases (&name, *name, <<: *name) are not allowed; write the value out in full"
)


@dataclass(frozen=True)
class Refusal:
    """Why a YAML text is refused, and where (the offset of the character)."""

    index: int
    message: str


def refusal(text: str) -> Refusal | None:
    """The first anchor, alias, too-deep nesting or value too many in `text`, or None.
    Syntax errors raise yaml.YAMLError as the loaders do."""
    depth = nodes = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return Refusal(event.start_mark.index, _ALIAS_MESSAGE)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                message = f"nested more than {MAX_DEPTH} levels deep"
                return Refusal(event.start_mark.index, message)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            continue
        elif not isinstance(event, yaml.ScalarEvent):
            continue
        elif event.value == "<<" and event.implicit[0]:  # a merge key: it takes an alias
            return Refusal(event.start_mark.index, _ALIAS_MESSAGE)
        nodes += 1
        if nodes > MAX_NODES:
            message = f"more than {MAX_NODES:,} values; split it into several files"
            return Refusal(event.start_mark.index, message)
    return None
