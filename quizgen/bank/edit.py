"""Change one question of a bank file's text, checked before anything is written.

The text-level splicing is `quizgen.bank.blocks` (`set_status`, `replace_question_block`);
this module adds what `quizgen review` needs around it: the bank rules run on the result
(`load_text`), the question's own lines as an editor sees them, and an edited question
read back with its problems numbered as the editor showed them. Plain text in, plain text
out; `FileTexts` is the one I/O edge (atomic, under the bank's lock).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from quizgen.bank.blocks import (
    BOM,
    Layout,
    parse_layout,
    reindent,
    replace_question_block,
    set_status,
)
from quizgen.bank.load import load_text
from quizgen.bank.update import edit_bank_file
from quizgen.errors import BankError
from quizgen.model import BankFile, Problem

#: What starts every line of the editor's header: the header is recognised by it, not by
#: its words, which a search-and-replace over the whole file may have changed.
HEADER_MARK = "#|"
#: The first lines of the file handed to $EDITOR; dropped again when it comes back.
EDITOR_HEADER = (
    f"{HEADER_MARK} Edit the question, then save and close: quizgen checks it before saving.\n"
    f"{HEADER_MARK} To cancel, close without a change (or empty the file). Keep the id.\n"
)


@dataclass
class Checked:
    """A bank file's new text together with what it reads as."""

    text: str
    bank_file: BankFile
    #: Warnings of the new text (errors make `checked` raise instead).
    warnings: list[Problem] = field(default_factory=list)


def checked(path: str, text: str) -> Checked:
    """`text` read by the bank rules as the file `path`; BankError listing every error
    (as `FILE:LINE: message`) when it breaks one, so nothing broken is ever written."""
    bank_file, problems = load_text(path, text.encode("utf-8"))
    errors = [p for p in problems if p.severity == "error"]
    if errors or bank_file is None:
        lines = "\n".join(str(p) for p in errors) or f"{path}: cannot be read as a bank file"
        raise BankError(f"the change would break {path}; nothing was written:\n{lines}")
    return Checked(text, bank_file, [p for p in problems if p.severity == "warning"])


def with_status(path: str, text: str, question_id: str, status: str) -> Checked:
    """`text` with only the status of `question_id` changed, checked."""
    return checked(path, set_status(text, question_id, status))


def _layout(text: str) -> Layout:
    return parse_layout(text.removeprefix(BOM))


def question_lines(text: str, question_id: str, layout: Layout | None = None) -> str:
    """The question's own lines as the file has them (comments and quoting inside it
    kept), its `-` moved to column 0, with `\\n` line breaks: what the editor shows."""
    layout = layout or _layout(text)
    item = layout.item(question_id)
    return reindent(layout.lines(item.dash, item.end), 0).replace("\r\n", "\n")


def editor_text(text: str, question_id: str) -> str:
    """The whole file handed to $EDITOR for `question_id`: a short header, then the
    question's lines."""
    return EDITOR_HEADER + question_lines(text, question_id)


@dataclass
class EditOutcome:
    """An edited question read back: the file's new text, or why it cannot be saved."""

    #: The checked new file text; None when cancelled or when there are problems.
    result: Checked | None = None
    #: Errors, each as `line N: message` with N a line of the edited file.
    problems: list[str] = field(default_factory=list)
    #: True when the edit was left unchanged or emptied: nothing to save.
    cancelled: bool = False


def apply_edited(path: str, text: str, question_id: str, edited: str) -> EditOutcome:
    """Read back `edited` (what $EDITOR saved from `editor_text`) into the file `text`.

    Only the question's lines change. The question must stay one question with the same
    id; it must pass the bank rules. Problems name lines of the edited file."""
    header_lines, body = _without_header(edited)
    layout = _layout(text)
    item = layout.item(question_id)
    if not body.strip() or body == question_lines(text, question_id, layout):
        return EditOutcome(cancelled=True)
    problem = _header_problem(body) or _shape_problem(body, question_id)
    if problem is not None:
        line, message = problem
        return EditOutcome(problems=[f"line {line + header_lines}: {message}"])
    if "\r\n" in layout.lines(item.dash, item.end):
        body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    new_text = replace_question_block(text, question_id, body)
    bank_file, found = load_text(path, new_text.encode("utf-8"))
    errors = [p for p in found if p.severity == "error"]
    if errors or bank_file is None:
        first = item.dash + 1  # 1-based line of the question in the new text too
        return EditOutcome(
            problems=[_edited_line(p, first, header_lines) for p in errors]
            or ["the edited question cannot be read"]
        )
    warnings = [p for p in found if p.severity == "warning"]
    return EditOutcome(result=Checked(new_text, bank_file, warnings))


def _without_header(edited: str) -> tuple[int, str]:
    """(how many header lines led `edited`, the text after them)."""
    lines = edited.splitlines(keepends=True)
    count = 0
    while count < len(lines) and lines[count].lstrip().startswith(HEADER_MARK):
        count += 1
    return count, "".join(lines[count:])


def _header_problem(body: str) -> tuple[int, str] | None:
    """(1-based line, message) for a header line below the question's first line: it
    must never reach the bank."""
    for number, line in enumerate(body.splitlines(), start=1):
        if line.lstrip().startswith(HEADER_MARK):
            return number, (
                f"a line of the editor's header ('{HEADER_MARK} ...') is among the "
                "question's lines; delete it"
            )
    return None


def _shape_problem(body: str, question_id: str) -> tuple[int, str] | None:
    """(1-based line, message) when `body` is not one question item keeping its id."""
    try:
        root = yaml.compose(body, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = " ".join(part for part in (error.context, error.problem) if part)
        return (mark.line + 1 if mark else 1), f"YAML syntax error: {what}"
    except yaml.YAMLError as error:
        return 1, f"YAML error: {error}"
    if (
        not isinstance(root, yaml.SequenceNode)
        or root.flow_style
        or len(root.value) != 1
        or not isinstance(root.value[0], yaml.MappingNode)
    ):
        return 1, "write exactly one question, as a list item starting with '- id:'"
    for key, value in root.value[0].value:
        if key.value == "id":
            if value.value != question_id:
                return (
                    key.start_mark.line + 1,
                    f"the id cannot change here (generate knows the question by it); "
                    f"keep 'id: {question_id}'",
                )
            return None
    return root.value[0].start_mark.line + 1, f"the question lost its id; keep 'id: {question_id}'"


def _edited_line(problem: Problem, first: int, header_lines: int) -> str:
    """A problem of the new file text, numbered as a line of the edited file."""
    if problem.line is None or problem.line < first:
        return problem.message
    return f"line {problem.line - first + 1 + header_lines}: {problem.message}"


class FileTexts:
    """Bank files on disk: read as text; changed one at a time under the bank's lock and
    written atomically (see `quizgen.bank.update.edit_bank_file`)."""

    def read(self, path: str) -> str:
        """The file's text, byte for byte (a BOM stays a leading U+FEFF)."""
        try:
            return Path(path).read_bytes().decode("utf-8")
        except OSError as error:
            raise BankError(f"{path}: cannot read the file: {error.strerror}") from None
        except UnicodeDecodeError:
            raise BankError(f"{path}: not UTF-8 text any more; run `quizgen check`") from None

    def change(self, path: str | os.PathLike[str], change: Callable[[str], str]) -> None:
        """Apply `change` (text -> text; it may raise BankError to leave the file) to the
        file's current text and write the result atomically."""
        try:
            edit_bank_file(path, change)
        except OSError as error:
            raise BankError(f"{path}: cannot write the file: {error.strerror}") from None
