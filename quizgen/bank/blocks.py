"""A bank file's text as blocks: one block of lines per question, plus the rest.

`generate` and `review` change a bank file by splicing the lines of single questions,
never by dumping the whole file again: everything else (comments, key order, quoting,
blank lines, other questions) keeps its exact bytes.

A question's block runs from the line after the previous question (or after
`questions:`) to the question's last line, so comments and blank lines written above a
question belong to it. Lines are counted the way YAML counts them (`\\u2028` is a line
break too), so the parser's marks and our slices agree.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from quizgen.errors import BankError
from quizgen.safe_yaml import Loader, refusal

_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_BREAK_CHARS = "\r\n\x85\u2028\u2029"
BOM = "\ufeff"


@dataclass(frozen=True)
class Item:
    """One question of `questions:`, located in the file's lines (0-based, end exclusive)."""

    #: The question's id ("" when the item has none).
    id: str
    #: First line of the block: comments and blank lines above the question included.
    start: int
    #: The line of the item's `-`.
    dash: int
    #: One past the question's last line.
    end: int
    #: Column of the item's `-`.
    indent: int
    node: yaml.MappingNode = field(repr=False, compare=False)


@dataclass
class Layout:
    """Where things are in one bank file's text."""

    text: str
    #: Offset of the start of each line, and len(text) last.
    line_starts: list[int]
    items: list[Item]
    #: Line of the `questions:` key.
    questions_line: int
    #: Column of `-` for questions added to this file.
    indent: int
    #: (column from, column to) of an empty value written on the `questions:` line (`[]`).
    empty_value: tuple[int, int] | None
    #: The top-level `generated:` record: (first line, end line) and its entries.
    record_span: tuple[int, int] | None = None
    record: dict[str, str] = field(default_factory=dict)

    def lines(self, start: int, end: int) -> str:
        """The text of lines [start, end)."""
        return self.text[self.line_starts[start] : self.line_starts[end]]

    def item(self, question_id: str) -> Item:
        """The item of `question_id`; BankError when the file has none."""
        for item in self.items:
            if item.id == question_id:
                return item
        raise BankError(f"no question with id '{question_id}' in this file")


def line_starts(text: str) -> list[int]:
    """The offset where each line starts, as YAML counts lines, then len(text)."""
    starts = [0] + [m.end() for m in _BREAK.finditer(text)]
    if starts[-1] != len(text):
        starts.append(len(text))
    return starts


def line_of(text: str, index: int) -> int:
    """The 1-based line of the character at `index`, as YAML counts lines."""
    return sum(1 for _ in _BREAK.finditer(text, 0, index)) + 1


def _flat(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def last_line(node: yaml.Node) -> int | None:
    """The 0-based line of the node's last character; None for an empty (null) value."""
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        if node.start_mark.index == node.end_mark.index:
            return None
        end = node.end_mark
        return end.line if end.column > 0 else end.line - 1
    # A block collection's own end mark sits on the next token, past any comments: use
    # its last child instead.
    for child in reversed(_flat(node)):
        line = last_line(child)
        if line is not None:
            return line
    return None


def _dash_line(lines: list[str], node: yaml.Node) -> int:
    """The line of the `-` introducing `node` (usually the node's own first line)."""
    line = node.start_mark.line
    if "-" in lines[line][: node.start_mark.column]:
        return line
    line -= 1
    while line > 0 and (not lines[line].strip() or lines[line].lstrip().startswith("#")):
        line -= 1
    return line


def _split(text: str, starts: list[int]) -> list[str]:
    return [text[a:b] for a, b in zip(starts, starts[1:], strict=False)] + [""]


def parse_layout(text: str) -> Layout:
    """Locate the questions and the `generated:` record of a bank file's text.

    The file is expected to be valid (see `load_text`); a shape the splicer cannot handle
    (questions in a flow list) raises BankError with the line to fix.
    """
    refused = refusal(text)
    if refused is not None:
        raise BankError(f"line {line_of(text, refused.index)}: {refused.message}")
    try:
        return _layout(text, yaml.compose(text, Loader=Loader))
    except RecursionError:  # hundreds of levels deep: `last_line` recurses
        raise BankError("the file is nested too deeply to be a bank file") from None


def _layout(text: str, root: yaml.Node | None) -> Layout:
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise BankError("the file is not a block mapping (title:, questions:)")
    starts = line_starts(text)
    lines = _split(text, starts)
    layout: Layout | None = None
    record: tuple[yaml.Node, yaml.Node] | None = None
    for key, value in root.value:
        if key.value == "questions":
            layout = _questions_layout(text, starts, lines, key, value)
        elif key.value == "generated":
            record = (key, value)
    if layout is None:
        raise BankError("the file has no 'questions' key")
    if record is not None:
        key, value = record
        end = last_line(value)
        layout.record_span = (key.start_mark.line, max(key.start_mark.line, end or 0) + 1)
        layout.record = _record_entries(value)
    return layout


def _questions_layout(
    text: str, starts: list[int], lines: list[str], key: yaml.Node, value: yaml.Node
) -> Layout:
    key_line = key.start_mark.line
    default_indent = key.start_mark.column + 2
    on_key_line = value.start_mark.line == key_line and value.end_mark.line == key_line
    if isinstance(value, yaml.ScalarNode) or (
        isinstance(value, yaml.SequenceNode) and value.flow_style and not value.value
    ):
        if not on_key_line:
            raise BankError(f"line {key_line + 1}: write an empty question list as 'questions: []'")
        empty = (value.start_mark.column, value.end_mark.column)
        return Layout(text, starts, [], key_line, default_indent, empty)
    if not isinstance(value, yaml.SequenceNode) or value.flow_style:
        raise BankError(
            f"line {key_line + 1}: questions are written as a flow list ([...]); "
            "write them as a block list ('- id: ...') so generate can merge them"
        )
    items = []
    previous_end = key_line + 1
    for node in value.value:
        if not isinstance(node, yaml.MappingNode) or node.flow_style:
            raise BankError(
                f"line {node.start_mark.line + 1}: this question is written in flow style "
                "({...} or a single value); write it as a block mapping, one 'key: value' "
                "per line, so generate can merge the file"
            )
        dash = _dash_line(lines, node)
        end = (last_line(node) or dash) + 1
        ident = ""
        for k, v in node.value:
            if k.value == "id" and isinstance(v, yaml.ScalarNode):
                ident = str(v.value)
        indent = len(lines[dash]) - len(lines[dash].lstrip(" "))
        items.append(Item(ident, previous_end, dash, end, indent, node))
        previous_end = end
    indent = items[0].indent if items else default_indent
    return Layout(text, starts, items, key_line, indent, None)


def _record_entries(value: yaml.Node) -> dict[str, str]:
    if isinstance(value, yaml.ScalarNode) and value.value in ("", "~", "null"):
        return {}
    where = f"line {value.start_mark.line + 1}"
    if not isinstance(value, yaml.MappingNode):
        raise BankError(f"{where}: 'generated' must map question ids to fingerprints")
    entries = {}
    for k, v in value.value:
        if not isinstance(k, yaml.ScalarNode) or not isinstance(v, yaml.ScalarNode):
            raise BankError(
                f"line {k.start_mark.line + 1}: 'generated' must map question ids to "
                "fingerprints (id: fingerprint)"
            )
        entries[str(k.value)] = str(v.value)
    return entries


def _text_lines(text: str) -> Iterator[str]:
    starts = line_starts(text)
    for a, b in zip(starts, starts[1:], strict=False):
        yield text[a:b]


def reindent(block: str, indent: int) -> str:
    """`block` (a question item) shifted so its `-` sits at column `indent`."""
    lines = list(_text_lines(block))
    dash = next((ln for ln in lines if ln.lstrip().startswith("-")), None)
    if dash is None:
        raise BankError("a question block must start with '- '")
    shift = indent - (len(dash) - len(dash.lstrip(" ")))
    if shift == 0:
        return block
    if shift > 0:
        pad = " " * shift
        return "".join(pad + ln if ln.strip() else ln for ln in lines)
    cut = -shift
    return "".join(ln[cut:] if ln[:cut] == " " * cut else ln.lstrip(" ") for ln in lines)


def with_final_break(text: str, newline: str = "\n") -> str:
    """`text` ending with a line break (unless it is empty)."""
    return text if not text or text[-1] in _BREAK_CHARS else text + newline


def normalized(block: str, indent: int) -> str:
    """A block with its outer blank lines dropped and its `-` moved to column 0: what a
    fingerprint covers, so moving a question or adding a blank line is not an edit."""
    lines = [ln.rstrip("\r\n\x85\u2028\u2029") for ln in _text_lines(with_final_break(block))]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(ln[indent:] if ln[:indent].isspace() else ln for ln in lines)


def fingerprint(block: str, indent: int) -> str:
    """12 hex digits identifying a block's exact text (see `normalized`)."""
    return hashlib.sha256(normalized(block, indent).encode("utf-8")).hexdigest()[:12]


def splice(layout: Layout, edits: list[tuple[int, int, str]]) -> str:
    """The text with each (first line, end line, new text) edit applied; edits must not
    overlap."""
    text = layout.text
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[: layout.line_starts[start]] + new + text[layout.line_starts[end] :]
    return text


def _strip_bom(text: str) -> tuple[str, str]:
    return (BOM, text[1:]) if text.startswith(BOM) else ("", text)


def replace_question_block(text: str, question_id: str, new_block: str) -> str:
    """`text` with the question `question_id` replaced by `new_block` (a question item as
    `dump_question` writes it); every other line, comments above it included, is kept.

    For `quizgen review`'s edit: a block that differs from what generate wrote counts as
    a person's edit, so generate keeps it from then on.
    """
    bom, body = _strip_bom(text)
    layout = parse_layout(body)
    item = layout.item(question_id)
    block = with_final_break(reindent(new_block, item.indent))
    return bom + splice(layout, [(item.dash, item.end, block)])


def set_status(text: str, question_id: str, status: str) -> str:
    """`text` with the question's `status:` value set to `status` (the line is added when
    the question has none); nothing else changes."""
    bom, body = _strip_bom(text)
    layout = parse_layout(body)
    item = layout.item(question_id)
    for key, value in item.node.value:
        if key.value == "status" and isinstance(value, yaml.ScalarNode):
            a, b = value.start_mark.index, value.end_mark.index
            if a == b:  # `status:` with no value: write it after the colon
                a = b = body.index(":", key.end_mark.index) + 1
                status = " " + status
            return bom + body[:a] + status + body[b:]
    column = item.node.start_mark.column
    line = f"{' ' * column}status: {status}\n"
    previous = with_final_break(layout.lines(item.dash, item.end))
    return bom + splice(layout, [(item.dash, item.end, previous + line)])
