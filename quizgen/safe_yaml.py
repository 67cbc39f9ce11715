"""The YAML loader quizgen reads with, and the shapes it refuses before building anything.

Aliases (`*name`) let a few bytes stand for an exponential tree ("billion laughs") or a
cycle (`&g {x: *g}`) that recursive code never leaves; bank files and Markdown front
matter never need them. They are found in one pass over the parser's events, in constant
memory, before any node is built; a text without `&` or `*` has none, so it costs nothing.
Nesting is bounded by libyaml itself (1000 levels, a YAML syntax error past that).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:  # the C parser is ~10x faster and gives the same nodes and marks
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

_STR = "tag:yaml.org,2002:str"


class Loader(_SafeLoader):
    """The safe loader, resolving scalar tags without the generic resolver's detours: a
    bank has no path resolvers, and resolving (regular expressions and calls in Python,
    once per scalar) was half the time of reading a large file. Same tags as SafeLoader."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> Any:
        if kind is not yaml.ScalarNode:
            return super().resolve(kind, value, implicit)
        if not implicit[0]:
            return _STR  # quoted: a string
        resolvers = self.yaml_implicit_resolvers.get(value[:1], [])
        for tag, regexp in resolvers:
            if regexp.match(value):
                return tag
        return _STR


_ALIAS_MESSAGE = (
    "anchors and aliases (&name, *name, <<: *name) are not allowed; write the value out in full"
)


@dataclass(frozen=True)
class Refusal:
    """Why a YAML text is refused, and where (the offset of the character)."""

    index: int
    message: str


def refusal(text: str) -> Refusal | None:
    """The first anchor or alias (merge keys take one) in `text`, or None. Syntax errors
    raise yaml.YAMLError as the loaders do."""
    if "&" not in text and "*" not in text:
        return None
    for event in yaml.parse(text, Loader=Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return Refusal(event.start_mark.index if event.start_mark else 0, _ALIAS_MESSAGE)
    return None
