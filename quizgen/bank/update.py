"""Write generated bank files into a bank folder, merging with what is already there.

The I/O edge of the merge (`merge.py` holds the logic): take the folder's lock, read
every bank file (ids must stay unique in the whole bank), merge each generated file into
its target, leave alone a target that fails validation, and write each changed file
atomically. A run killed at any moment leaves each file old or new; the next run cleans
the temp files it left behind.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from quizgen.bank.atomic import atomic_write_text, read_only
from quizgen.bank.blocks import BOM, Layout, parse_layout
from quizgen.bank.load import bank_paths, load_text
from quizgen.bank.lock import DEFAULT_WAIT, bank_lock
from quizgen.bank.merge import Merged, MergeReport, merge_text, owned_ids
from quizgen.errors import BankError, printable
from quizgen.model import BankFile, Question

#: Temp files of atomic.py (`.<name>.<random>.tmp`) older than this are left by a killed
#: run; younger ones may belong to a writer that does not take the lock.
STALE_TEMP_SECONDS = 60.0
_TEMP_NAME = re.compile(r"^\..+\.(yaml|yml)\.[^.]+\.tmp$")
_LINE_PREFIX = re.compile(r"line (\d+): ")
_ID_LINE = re.compile(r"^[ \t]*(?:-[ \t]+)?id:[ \t]*['\"]?([a-z0-9][a-z0-9-]*)", re.MULTILINE)


def update_bank(
    out_dir: Path,
    generated: list[BankFile],
    *,
    dry_run: bool = False,
    wait: float = DEFAULT_WAIT,
    on_file: Callable[[MergeReport], None] | None = None,
) -> list[MergeReport]:
    """Merge each generated BankFile into out_dir/<its file name> (BankFile.path is the
    target path), under the bank's lock, writing atomically; one report per file.

    `dry_run` computes the same reports and writes nothing (not even the lock file).
    `on_file` is called after each file (for a progress bar). Raises BankError when
    another run holds the bank for longer than `wait` seconds.
    """
    folder = Path(out_dir)
    if dry_run:
        return _merge_all(folder, generated, dry_run=True, on_file=on_file)
    with bank_lock(folder, wait=wait):
        remove_stale_temp_files(folder)
        return _merge_all(folder, generated, dry_run=False, on_file=on_file)


@dataclass
class _Read:
    """One bank file as read at the start of a run."""

    text: str
    #: Where its questions are; None when it cannot be merged (`problem` says why).
    layout: Layout | None
    problem: str = ""


def _merge_all(
    folder: Path,
    generated: list[BankFile],
    *,
    dry_run: bool,
    on_file: Callable[[MergeReport], None] | None,
) -> list[MergeReport]:
    files = _read_bank(folder)
    taken: set[str] = set()
    for read in files.values():
        taken |= _ids_of(read)
    reports = []
    for bank_file in generated:
        target = folder / Path(bank_file.path).name
        try:
            report = _merge_one(target, files, bank_file, taken, dry_run=dry_run)
        except Exception as error:  # one file that cannot be merged must not stop the others
            if os.environ.get("QUIZGEN_DEBUG"):
                raise
            report = MergeReport(str(target), skipped=_failure(error), dry_run=dry_run)
        reports.append(report)
        if on_file is not None:
            on_file(report)
    return reports


def _merge_one(
    target: Path, files: dict[Path, _Read], bank_file: BankFile, taken: set[str], *, dry_run: bool
) -> MergeReport:
    read = files.get(target)
    if read is None and target.exists():
        return MergeReport(str(target), skipped=f"{target}: cannot be read", dry_run=dry_run)
    current = None
    if read is not None:
        loaded, problem = _validate(target, read.text)
        if not problem and read.problem:
            problem = _located(target, read.problem)
        if problem:
            reason = f"{problem} (the file is left as it is; fix it and run again)"
            return MergeReport(str(target), skipped=reason, dry_run=dry_run)
        current = {q.id: q for q in loaded.questions} if loaded else None
    existing = read.text if read else None
    try:
        merged = merge_text(
            str(target),
            existing,
            bank_file,
            taken,
            dry_run=dry_run,
            layout=read.layout if read else None,
            current=current,
        )
    except BankError as error:
        return MergeReport(str(target), skipped=f"{target}: {error.message}", dry_run=dry_run)
    taken |= merged.ids
    if merged.text == existing:
        return merged.report
    # A safety net: a merge or a generated question gone wrong writes nothing.
    loaded, broken = _validate(target, merged.text)
    if broken:
        reason = f"not written, it would not pass check: {broken}"
        return MergeReport(str(target), skipped=reason, dry_run=dry_run)
    lost = _lost_edit(merged, current or {}, loaded)
    if lost:
        reason = f"not written: {lost} (a bug in quizgen; please report it)"
        return MergeReport(str(target), skipped=reason, dry_run=dry_run)
    if not dry_run:
        if read_only(target):
            reason = f"{target}: read-only, so left as it is; make it writable to update it"
            return MergeReport(str(target), skipped=reason)
        if _changed_since(target, existing):
            # An editor that does not take the lock saved the file during this run.
            return MergeReport(
                str(target),
                skipped=f"{target}: changed while generate ran; run generate again",
            )
        try:
            atomic_write_text(target, merged.text)
        except OSError as error:
            reason = f"cannot write it ({error.strerror or error})"
            return MergeReport(str(target), skipped=reason, dry_run=dry_run)
    files[target] = _parse(merged.text)  # a later file of the same name merges into it
    merged.report.written = True
    return merged.report


def _located(path: Path, problem: str) -> str:
    """`FILE:LINE: message` for a layout problem `line N: message` (else `FILE: ...`)."""
    match = _LINE_PREFIX.match(problem)
    if match is None:
        return f"{path}: {problem}"
    return f"{path}:{match.group(1)}: {problem[match.end() :]}"


def _failure(error: Exception) -> str:
    if isinstance(error, BankError):
        return error.message
    return (
        f"could not merge it ({type(error).__name__}: {printable(str(error))}); "
        "this is a bug in quizgen, please report it (QUIZGEN_DEBUG=1 shows where)"
    )


def _lost_edit(merged: Merged, before: dict[str, Question], after: BankFile | None) -> str:
    """What the merged text would lose of what a person wrote ("" when nothing)."""
    found = {q.id: q for q in after.questions} if after else {}
    if len(found) != merged.count:
        return f"the merged file would hold {len(found)} questions instead of {merged.count}"
    for ident in merged.kept:
        if ident in before and found.get(ident) != before[ident]:
            return f"question '{ident}' would not stay as it was"
    return ""


def _changed_since(target: Path, existing: str | None) -> bool:
    try:
        return target.read_bytes().decode("utf-8") != existing
    except FileNotFoundError:
        return existing is not None
    except (OSError, UnicodeDecodeError):
        return True


def _read_bank(folder: Path) -> dict[Path, _Read]:
    """Every bank file under `folder` by path (a file that is not UTF-8 is left out)."""
    files, _ = bank_paths([folder]) if folder.is_dir() else ([], [])
    out = {}
    for path in files:
        try:
            out[path] = _parse(path.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    return out


def _parse(text: str) -> _Read:
    try:
        return _Read(text, parse_layout(text.removeprefix(BOM)))
    except BankError as error:
        return _Read(text, None, error.message)
    except yaml.YAMLError:
        return _Read(text, None, "not valid YAML")


def _ids_of(read: _Read) -> set[str]:
    """The ids a file holds or has issued; for a file too broken to parse, every
    `id:` line, so that no new question takes an id a person may still mean."""
    if read.layout is not None:
        return owned_ids(read.layout)
    return set(_ID_LINE.findall(read.text))


def _validate(path: Path, text: str) -> tuple[BankFile | None, str]:
    """The file as loaded, and `FILE:LINE: message` of its first validation error ("" when
    it is valid)."""
    loaded, problems = load_text(str(path), text.encode("utf-8"))
    errors = sorted(p for p in problems if p.severity == "error")
    return loaded, str(errors[0]) if errors else ""


def remove_stale_temp_files(folder: Path, *, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Delete the temp files a killed run left in `folder`; how many went."""
    count = 0
    now = time.time()
    for path in folder.glob(".*.tmp"):
        try:
            if _TEMP_NAME.match(path.name) and now - path.stat().st_mtime > older_than:
                path.unlink()
                count += 1
        except OSError:
            continue
    return count


def edit_bank_file(
    path: str | os.PathLike[str], change: Callable[[str], str], *, wait: float = DEFAULT_WAIT
) -> bool:
    """Apply `change` (text -> text, e.g. `set_status` or `replace_question_block` from
    `quizgen.bank.blocks`) to one bank file under its folder's lock, atomically; whether
    the file changed. For `quizgen review`: such an edit counts as a person's."""
    target = Path(path)
    with bank_lock(target.parent, wait=wait):
        text = target.read_bytes().decode("utf-8")
        new = change(text)
        if new == text:
            return False
        atomic_write_text(target, new)
        return True


__all__ = ["MergeReport", "edit_bank_file", "remove_stale_temp_files", "update_bank"]
