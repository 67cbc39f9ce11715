"""Merge what the generator makes now into a bank file's text, keeping every human edit.

How generate tells its own questions from a person's: each bank file ends with a
`generated:` record mapping every id generate ever issued in that file to a fingerprint
of the question's text exactly as generate wrote it (or to `deleted` / `removed`):

    generated:
      putin-call-length: 3f2a9c1b0d4e   # untouched while the question still hashes to this
      putin-call-tf: deleted            # a person deleted it: never comes back
      old-fact: removed                 # generate dropped it (fact gone); id stays taken

A question whose text (comments above it included) still has its fingerprint is
generate's to update or remove; any other question (edited, approved, retired, added by
hand, or with no entry) is a person's and is kept byte for byte.

Why in the file and not in a sidecar: the record then travels with its questions through
renames, moves, copies and `git clone`; it is replaced in the same atomic write as the
questions, so a crash can never leave the two out of step; and a person who edits the
record only makes generate keep more (an entry that no longer matches means "edited").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from quizgen.bank.blocks import (
    BOM,
    Layout,
    fingerprint,
    parse_layout,
    reindent,
    splice,
    with_final_break,
)
from quizgen.bank.write import dump_bank_file, dump_question, dump_yaml
from quizgen.model import BankFile, Question

RECORD_KEY = "generated"
#: Record values that are not fingerprints.
DELETED = "deleted"
REMOVED = "removed"
RECORD_COMMENT = (
    "# Written by `quizgen generate`: a fingerprint of each question as it generated it,\n"
    "# so a re-run updates only questions nobody changed. Leave it be.\n"
)
_FINGERPRINT = re.compile(r"[0-9a-f]{12}")
_FIRST_BREAK = re.compile("\r\n|\r|\n")


@dataclass
class MergeReport:
    """What a run did (or, with `dry_run`, would do) to one bank file."""

    path: str
    #: Generated questions added.
    new: int = 0
    #: Untouched generated questions replaced by what the generator now makes.
    updated: int = 0
    #: Untouched generated questions that came out the same.
    unchanged: int = 0
    #: Questions a person edited, approved, retired or added: kept byte for byte.
    kept: int = 0
    #: Untouched generated questions whose fact is no longer found.
    removed: int = 0
    #: Why the file was left alone (e.g. it fails validation); "" when it was merged.
    skipped: str = ""
    dry_run: bool = False
    #: Questions the generator still makes but a person deleted: not brought back.
    deleted: int = 0
    #: Whether the file's text changed (with `dry_run`: would change).
    written: bool = False


@dataclass
class Merged:
    """The merged text of one file (equal to the old text when nothing changed)."""

    text: str
    report: MergeReport
    #: Every id the file now holds or has ever issued.
    ids: set[str]
    #: The ids of the questions kept byte for byte (edited, approved, hand-written...).
    kept: list[str] = dataclasses.field(default_factory=list)
    #: How many questions the merged text holds.
    count: int = 0


def owned_ids(layout: Layout) -> set[str]:
    """The ids a file holds or has issued: its questions' and its record's."""
    return {item.id for item in layout.items if item.id} | set(layout.record)


def assign_ids(wanted: list[str], owned: set[str], taken: set[str]) -> list[str]:
    """A bank id for each generated id: itself when this file owns it or nobody uses it,
    else the first `id-2`, `id-3`, ... this file owns or nobody uses (stable run to run,
    because this file's record remembers the ones it issued)."""
    result: list[str | None] = [None] * len(wanted)
    claimed: set[str] = set()
    for index, ident in enumerate(wanted):  # first the ids that are free as they are
        if ident not in claimed and (ident in owned or ident not in taken):
            result[index] = ident
            claimed.add(ident)
    for index, ident in enumerate(wanted):
        if result[index] is not None:
            continue
        number = 2
        while True:
            candidate = f"{ident}-{number}"
            if candidate not in claimed and (candidate in owned or candidate not in taken):
                break
            number += 1
        result[index] = candidate
        claimed.add(candidate)
    return [ident for ident in result if ident is not None]


def empty_file_text(generated: BankFile) -> str:
    """A new bank file's text before any question: its title, source and `questions: []`."""
    return dump_bank_file(dataclasses.replace(generated, questions=[]))


def merge_text(
    path: str,
    existing: str | None,
    generated: BankFile,
    taken: set[str],
    *,
    dry_run: bool,
    layout: Layout | None = None,
    current: dict[str, Question] | None = None,
) -> Merged:
    """Merge `generated` into a bank file's `existing` text (None: a new file).

    `taken` holds every id used or issued by the other files of the bank. `layout` (of
    `existing`, BOM removed) and `current` (its questions as loaded, by id) save parsing
    it again, and writing out questions that did not change. Raises BankError when the
    text has a shape that cannot be merged (see `parse_layout`).
    """
    report = MergeReport(path, dry_run=dry_run)
    source = empty_file_text(generated) if existing is None else existing
    bom = BOM if source.startswith(BOM) else ""
    if layout is None:
        layout = parse_layout(source[len(bom) :])
    owned = owned_ids(layout)
    ids = assign_ids([q.id for q in generated.questions], owned, taken)
    wanted = {
        ident: dataclasses.replace(q, id=ident)
        for ident, q in zip(ids, generated.questions, strict=True)
    }
    render = _Renderer(layout.indent, _newline(layout.text))
    record = dict(layout.record)
    kept: list[str] = []
    out, present = _merge_items(layout, wanted, current or {}, render, record, report, kept)
    for ident, value in record.items():
        if ident not in present and _FINGERPRINT.fullmatch(value):
            record[ident] = DELETED
    for ident in ids:
        if ident in present:
            continue
        if record.get(ident, REMOVED) == REMOVED:
            block = render(wanted[ident])
            out.append(block)
            record[ident] = fingerprint(block, layout.indent)
            report.new += 1
        else:
            report.deleted += 1
    text = _assemble(layout, out, record, render.newline)
    return Merged(bom + text, report, owned | set(ids), kept, len(out))


@dataclass(frozen=True)
class _Renderer:
    """A generated question as the block this file would hold (its indent, line ends)."""

    indent: int
    newline: str

    def __call__(self, question: Question) -> str:
        block = reindent(dump_question(question), self.indent)
        return block if self.newline == "\n" else block.replace("\n", self.newline)


def _merge_items(
    layout: Layout,
    wanted: dict[str, Question],
    current: dict[str, Question],
    render: _Renderer,
    record: dict[str, str],
    report: MergeReport,
    kept: list[str],
) -> tuple[list[str], set[str]]:
    """The blocks of the file's present questions after the merge, and their ids; the
    ids of those kept as a person left them go to `kept`."""
    out: list[str] = []
    present: set[str] = set()
    for item in layout.items:
        present.add(item.id)
        block = layout.lines(item.start, item.end)
        printed = fingerprint(block, item.indent)
        untouched = record.get(item.id) == printed
        question = wanted.get(item.id)
        if question is None:
            if untouched:
                record[item.id] = REMOVED
                report.removed += 1
            else:
                out.append(block)
                report.kept += 1
                kept.append(item.id)
            continue
        if untouched and current.get(item.id) == question:
            # The text is generate's and says the same: no need to write it out again.
            out.append(block)
            report.unchanged += 1
            continue
        if not untouched and item.id in record:
            out.append(block)
            report.kept += 1
            kept.append(item.id)
            continue
        new = render(question)
        new_printed = fingerprint(new, layout.indent)
        if new_printed == printed:
            # The same text (this also adopts a question written before records were).
            record[item.id] = printed
            out.append(block)
            report.unchanged += 1
        elif untouched:
            out.append(layout.lines(item.start, item.dash) + new)
            record[item.id] = new_printed
            report.updated += 1
        else:
            out.append(block)
            report.kept += 1
            kept.append(item.id)
    return out, present


def _newline(text: str) -> str:
    """The file's line break (CRLF or CR when its first line ends so), for the lines we add."""
    first = _FIRST_BREAK.search(text)
    return first.group(0) if first else "\n"


def _assemble(layout: Layout, blocks: list[str], record: dict[str, str], newline: str) -> str:
    """The file's text with the questions region and the record replaced."""
    body = "".join(with_final_break(block, newline) for block in blocks)
    record_text = dump_yaml({RECORD_KEY: record}).replace("\n", newline)
    edits: list[tuple[int, int, str]] = []
    key_line = layout.questions_line
    if layout.items:
        if body:
            edits.append((layout.items[0].start, layout.items[-1].end, body))
        else:  # every question went: leave a valid empty list
            line = layout.lines(key_line, key_line + 1)
            colon = line.index(":") + 1
            edits.append((key_line, layout.items[-1].end, line[:colon] + " []" + line[colon:]))
    elif body:
        line = layout.lines(key_line, key_line + 1)
        if layout.empty_value is not None:
            start, end = layout.empty_value
            line = line[:start].rstrip(" ") + line[end:]
        edits.append((key_line, key_line + 1, with_final_break(line, newline) + body))
    if layout.record_span is not None:
        start, end = layout.record_span
        edits.append((start, end, record_text))
    text = splice(layout, edits)
    if layout.record_span is None and record:
        comment = RECORD_COMMENT.replace("\n", newline)
        text = with_final_break(text, newline) + newline + comment + record_text
    return text
