"""Read bank files: YAML nodes (so every problem has its line) -> validated model.

PyYAML's C parser builds the node tree when libyaml is present; the walk below both
validates and builds the `Question`s, so a bank is read once for `check`, `list`, quizzes
and exports alike.
"""

from __future__ import annotations

import bisect
import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from quizgen.bank import cache, rules
from quizgen.model import Bank, BankFile, Problem, Question, Severity, Source
from quizgen.safe_yaml import Loader, refusal

BANK_SUFFIXES = (".yaml", ".yml")
#: The most problems shown per file: past that, one line says how many there are.
MAX_PROBLEMS_PER_FILE = 100
#: Line breaks YAML counts that editors do not (NEL, LINE and PARAGRAPH SEPARATOR).
_YAML_ONLY_BREAKS = ("\x85", "\u2028", "\u2029")
_EDITOR_BREAK = re.compile("\r\n|\r|\n")


def bank_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """The bank files named by `paths` (folders are searched for *.yaml), and a problem
    for each path that does not exist or holds no bank file."""
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix in BANK_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                problems.append(Problem(str(path), None, "no *.yaml bank files in this folder"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(
                Problem(str(path), None, "no such file or folder: check the path you gave")
            )
    return files, problems


def load_bank(
    paths: Iterable[str | os.PathLike[str]], *, on_file: Callable[[], None] | None = None
) -> tuple[Bank, list[Problem]]:
    """Read and validate every bank file under `paths`; `on_file` is called after each
    file (for a progress bar).

    Returns the bank (only the questions that passed validation) and every problem found,
    errors and warnings, sorted by file and line. Ids are checked across all files.
    """
    files, problems = bank_paths(paths)
    bank = Bank()
    first_use: dict[str, tuple[str, int | None]] = {}
    for path in files:
        bank_file, file_problems = _read_file(path)
        problems.extend(file_problems)
        if bank_file is not None:
            problems.extend(_claim_ids(bank_file, first_use))
            bank.files.append(bank_file)
        if on_file is not None:
            on_file()
    problems.sort(key=lambda p: (p.file, p.line or 0))
    return bank, problems


def _read_file(path: Path) -> tuple[BankFile | None, list[Problem]]:
    """One bank file read and validated (from the cache when its bytes are known)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [Problem(str(path), None, f"cannot read the file: {error.strerror}")]
    return _load_cached(str(path), data)


def _claim_ids(bank_file: BankFile, first_use: dict[str, tuple[str, int | None]]) -> list[Problem]:
    """Record the file's ids; a problem (and the question dropped) for each id seen before."""
    problems = []
    kept = []
    for question in bank_file.questions:
        if question.id in first_use:
            where, line = first_use[question.id]
            problems.append(
                Problem(
                    bank_file.path,
                    question.line,
                    f"duplicate id '{question.id}': already used at {where}:{line}; "
                    "ids must be unique in the whole bank",
                )
            )
            continue
        first_use[question.id] = (bank_file.path, question.line)
        kept.append(question)
    bank_file.questions = kept
    return problems


def _load_cached(name: str, data: bytes) -> tuple[BankFile | None, list[Problem]]:
    with _collector_paused():  # unpickling builds as many objects as parsing
        hit = cache.cached(name, data)
    if hit is not None:
        return hit
    loaded = load_text(name, data)
    cache.store(name, data, loaded)
    return loaded


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector held while a file's node tree is built: the tree makes no
    cycles, but a large one (a 10 MB file is ~800,000 nodes) set the collector scanning
    it again and again, a third of the time `check` took."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_text(name: str, data: bytes) -> tuple[BankFile | None, list[Problem]]:
    """Validate one bank file's bytes; `name` is used in messages and as the file's path.
    Every reader of a bank file (check, generate's merge, the editors) comes here."""
    with _collector_paused():
        return _validated(name, data)


def _validated(name: str, data: bytes) -> tuple[BankFile | None, list[Problem]]:
    text, problem = _decode(name, data)
    if text is None:
        return None, [problem] if problem else []
    lines = _Lines(text)
    try:
        refused = refusal(text)
        root = None if refused else yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(name, error, lines)]
    except yaml.reader.ReaderError as error:
        return None, [
            Problem(
                name,
                lines.at_index(error.position),
                f"character {error.character!r} is not allowed in YAML text",
            )
        ]
    except yaml.YAMLError as error:
        return None, [Problem(name, 1, f"YAML error: {error}")]
    except RecursionError:  # only without libyaml, whose parser stops at 1000 levels
        return None, [Problem(name, 1, "nested too deeply to be a bank file")]
    if refused:
        return None, [Problem(name, lines.at_index(refused.index), refused.message)]
    if root is None:
        return None, [
            Problem(name, 1, "empty file: a bank file is a mapping with 'title' and 'questions'")
        ]
    walker = _Walker(name, lines)
    bank_file = walker.bank_file(root)
    return bank_file, walker.problems + walker.overflow()


class _Lines:
    """1-based line numbers as editors count them (LF, CRLF or CR breaks): YAML also
    breaks lines at NEL, LS and PS, so its own count (in its marks) can run past the
    file's last line."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._yaml_counts_right = not any(char in text for char in _YAML_ONLY_BREAKS)
        self._breaks: list[int] | None = None

    def at(self, mark: yaml.Mark) -> int:
        """The line of a parser mark."""
        return mark.line + 1 if self._yaml_counts_right else self.at_index(mark.index)

    def at_index(self, index: int) -> int:
        """The line of the character at `index`."""
        if self._breaks is None:
            self._breaks = [m.end() for m in _EDITOR_BREAK.finditer(self._text)]
        return bisect.bisect_right(self._breaks, index) + 1


def _decode(name: str, data: bytes) -> tuple[str | None, Problem | None]:
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        line = data[:nul].count(b"\n") + 1
        return None, Problem(name, line, "binary file, not a YAML bank: expected UTF-8 text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, Problem(
            name,
            line,
            f"not UTF-8 text (byte 0x{data[error.start]:02x}): save the file as UTF-8",
        )


def _syntax_problem(name: str, error: yaml.MarkedYAMLError, lines: _Lines) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = lines.at(mark) if mark is not None else None
    what = " ".join(part for part in (error.context, error.problem) if part)
    return Problem(name, line, f"YAML syntax error: {what}")


def _question_label(item: yaml.MappingNode, index: int) -> str:
    """ "question 'putin-call-length'" when the item has a plain id, else "question 3"."""
    for key_node, value_node in item.value:
        if key_node.value == "id" and isinstance(value_node, yaml.ScalarNode):
            return f"question '{value_node.value}'"
    return f"question {index}"


class _Walker:
    """Walks one file's node tree, collecting problems and building the model."""

    def __init__(self, name: str, lines: _Lines) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self._lines = lines
        #: Errors found, shown or not.
        self.errors = 0
        #: Problems past MAX_PROBLEMS_PER_FILE: only counted, so a file full of them stays
        #: quick to check and its report readable.
        self._unshown = 0
        self._unshown_error = False

    def line(self, node: yaml.Node) -> int:
        return self._lines.at(node.start_mark)

    def error(self, node: yaml.Node, message: str) -> None:
        self.errors += 1
        self._add(node, message, "error")

    def warn(self, node: yaml.Node, message: str) -> None:
        self._add(node, message, "warning")

    def _add(self, node: yaml.Node, message: str, severity: Severity) -> None:
        if len(self.problems) < MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.name, self.line(node), message, severity))
        else:
            self._unshown += 1
            self._unshown_error |= severity == "error"

    def overflow(self) -> list[Problem]:
        """One problem standing for those not shown (an error when one of them is)."""
        if not self._unshown:
            return []
        total = len(self.problems) + self._unshown
        message = (
            f"too many problems: {total:,} in this file, the first {MAX_PROBLEMS_PER_FILE} "
            "shown; fix those and check again"
        )
        return [Problem(self.name, None, message, "error" if self._unshown_error else "warning")]

    def mapping(
        self, node: yaml.MappingNode, known: tuple[str, ...], what: str
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The mapping's entries by key; problems for unknown, duplicate and odd keys."""
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.error(key_node, f"{what}: a key must be a plain word")
                continue
            key = key_node.value
            if key in entries:
                self.error(key_node, f"{what}: duplicate key '{key}'")
                continue
            if key not in known:
                self.error(key_node, f"{what}: {rules.unknown_key_message(key, known)}")
                continue
            entries[key] = (key_node, value_node)
        return entries

    def text(self, key: str, entry: tuple[yaml.Node, yaml.Node], what: str) -> str | None:
        """A scalar's text (numbers are kept as written); a problem when it is not one."""
        key_node, value = entry
        if not isinstance(value, yaml.ScalarNode):
            kind = "a list" if isinstance(value, yaml.SequenceNode) else "a mapping"
            self.error(key_node, f"{what}: '{key}' must be text, not {kind}")
            return None
        if value.tag == rules.NULL_TAG:
            self.error(key_node, f"{what}: '{key}' has no value: give it one or remove the key")
            return None
        return str(value.value)

    def bank_file(self, root: yaml.Node) -> BankFile | None:
        if not isinstance(root, yaml.MappingNode):
            kind = "a list" if isinstance(root, yaml.SequenceNode) else "a single value"
            self.error(
                root,
                f"a bank file must be a mapping with 'title' and 'questions', not {kind}",
            )
            return None
        entries = self.mapping(root, rules.FILE_KEYS, "file")
        bank_file = BankFile(path=self.name)
        if "title" in entries:
            bank_file.title = self.text("title", entries["title"], "file") or ""
        if "source" in entries:
            bank_file.source = self.source(entries["source"])
        if "questions" not in entries:
            self.error(root, "file: missing required key 'questions' (a list of questions)")
            return bank_file
        key_node, items = entries["questions"]
        if not isinstance(items, yaml.SequenceNode):
            if items.tag != rules.NULL_TAG:
                self.error(key_node, "file: 'questions' must be a list of questions")
            return bank_file
        generated = bank_file.source is not None
        for index, item in enumerate(items.value, start=1):
            question = self.question(item, index, generated)
            if question is not None:
                bank_file.questions.append(question)
        return bank_file

    def source(self, entry: tuple[yaml.Node, yaml.Node]) -> Source | None:
        key_node, value = entry
        if not isinstance(value, yaml.MappingNode):
            self.error(key_node, "file: 'source' must be a mapping with 'file' and/or 'url'")
            return None
        entries = self.mapping(value, rules.SOURCE_KEYS, "source")
        texts = {
            key: (self.text(key, entries[key], "source") or "") if key in entries else ""
            for key in rules.SOURCE_KEYS
        }
        if texts["date"] and not rules.is_iso_date(texts["date"]):
            self.error(
                entries["date"][1],
                f"source: 'date' must be a date written YYYY-MM-DD, not {texts['date']!r}",
            )
            texts["date"] = ""
        return Source(**texts)

    def question(self, item: yaml.Node, index: int, generated: bool) -> Question | None:
        if not isinstance(item, yaml.MappingNode):
            self.error(
                item,
                f"question {index}: must be a mapping of keys (id, type, question, answer, ...)",
            )
            return None
        errors_before = self.errors
        what = _question_label(item, index)
        entries = self.mapping(item, rules.QUESTION_KEYS, what)
        for key in rules.REQUIRED_KEYS:
            if key not in entries:
                self.error(item, f"{what}: missing required key '{key}'")
        fields = self.question_fields(entries, what)
        qtype = fields.get("type")
        if qtype == "multiple_choice":
            self.check_choices(item, entries, fields, what)
        elif qtype == "true_false":
            self.check_true_false(entries, fields, what)
        if self.errors > errors_before:
            return None
        if generated and not fields.get("evidence"):
            self.warn(item, f"{what}: no evidence sentence; a generated question should carry one")
        question = Question(
            id=fields["id"],
            type=fields["type"],  # present and valid: a missing or bad type is an error above
            question=fields["question"],
            answer=fields["answer"],
            choices=fields.get("choices", []),
            explanation=fields.get("explanation", ""),
            evidence=fields.get("evidence", ""),
            tags=fields.get("tags", []),
            difficulty=fields.get("difficulty"),
            status=fields.get("status", "draft"),
            line=self.line(item),
        )
        return question

    def question_fields(self, entries: dict[str, tuple[yaml.Node, yaml.Node]], what: str) -> dict:
        """The question's values that can be checked one key at a time."""
        fields: dict = {}
        for key in ("id", "question", "explanation", "evidence"):
            if key in entries:
                value = self.text(key, entries[key], what)
                if value is not None and key in ("id", "question") and not value.strip():
                    self.error(entries[key][0], f"{what}: '{key}' is empty")
                    value = None
                fields[key] = value
        if fields.get("id") is not None and not rules.ID_PATTERN.fullmatch(fields["id"]):
            self.error(
                entries["id"][0],
                f"{what}: id '{fields['id']}' must be lower-case letters, digits and '-' "
                "(like putin-call-length), starting with a letter or digit",
            )
        for key, allowed in rules.CHOICE_KEYS.items():
            if key in entries:
                value = self.text(key, entries[key], what)
                if value is not None and value not in allowed:
                    self.error(
                        entries[key][0],
                        f"{what}: {key} '{value}' is not one of: {', '.join(allowed)}",
                    )
                fields[key] = value
        if "tags" in entries:
            fields["tags"] = self.string_list("tags", entries["tags"], what)
        return fields

    def string_list(self, key: str, entry: tuple[yaml.Node, yaml.Node], what: str) -> list[str]:
        key_node, value = entry
        if not isinstance(value, yaml.SequenceNode):
            self.error(key_node, f"{what}: '{key}' must be a list of text, like [a, b]")
            return []
        out = []
        for position, item in enumerate(value.value, start=1):
            if not isinstance(item, yaml.ScalarNode) or item.tag == rules.NULL_TAG:
                self.error(item, f"{what}: {key} item {position} must be text")
            else:
                out.append(str(item.value))
        return out

    def check_choices(
        self,
        item: yaml.Node,
        entries: dict[str, tuple[yaml.Node, yaml.Node]],
        fields: dict,
        what: str,
    ) -> None:
        if "answer" in entries:
            fields["answer"] = self.text("answer", entries["answer"], what)
        if "choices" not in entries:
            self.error(
                item,
                f"{what}: missing required key 'choices' (a multiple_choice question "
                f"needs {rules.MIN_CHOICES} to {rules.MAX_CHOICES})",
            )
            return
        key_node = entries["choices"][0]
        choices = self.string_list("choices", entries["choices"], what)
        fields["choices"] = choices
        if not isinstance(entries["choices"][1], yaml.SequenceNode):
            return
        count = len(entries["choices"][1].value)
        if not rules.MIN_CHOICES <= count <= rules.MAX_CHOICES:
            self.error(
                key_node,
                f"{what}: has {count} choices, but a multiple_choice question needs "
                f"{rules.MIN_CHOICES} to {rules.MAX_CHOICES}",
            )
        seen: dict[str, int] = {}
        for position, (choice, node) in enumerate(
            zip(choices, entries["choices"][1].value, strict=False), start=1
        ):
            norm = choice.strip().casefold()
            if norm in seen:
                self.error(
                    node, f"{what}: choice {position} '{choice}' repeats choice {seen[norm]}"
                )
            else:
                seen[norm] = position
        answer = fields.get("answer")
        if answer is not None and choices and answer not in choices:
            self.error(
                entries["answer"][0],
                f"{what}: answer '{answer}' is not one of the choices "
                "(it must match a choice exactly)",
            )

    def check_true_false(
        self, entries: dict[str, tuple[yaml.Node, yaml.Node]], fields: dict, what: str
    ) -> None:
        if "choices" in entries:
            self.error(
                entries["choices"][0],
                f"{what}: a true_false question has no 'choices' (its answer is true or false)",
            )
        if "answer" not in entries:
            return
        key_node, value = entries["answer"]
        if isinstance(value, yaml.ScalarNode) and value.tag == rules.BOOL_TAG:
            fields["answer"] = value.value.lower() in rules.TRUE_WORDS
            return
        shown = value.value if isinstance(value, yaml.ScalarNode) else "a list or mapping"
        self.error(
            key_node,
            f"{what}: a true_false answer must be true or false (unquoted), not '{shown}'",
        )
