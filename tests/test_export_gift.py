"""GIFT export, checked with the real gift-pegjs parser (installed with npm into tests/js)."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from quizgen.bank import load_bank
from quizgen.export import ExportOptions, get_format
from quizgen.export.gift import escape, render_text
from quizgen.export.registry import moodle_category_path
from quizgen.model import BankEntry, select

DATA = Path(__file__).parent / "data" / "export"
JS = Path(__file__).parent / "js"


def entries(*names: str) -> list[BankEntry]:
    bank, problems = load_bank([DATA / n for n in names] or [DATA])
    assert not [p for p in problems if p.severity == "error"]
    return select(bank.entries())


def _unavailable(reason: str) -> None:
    # In CI the real-parser check is part of the contract: fail loudly instead of skipping.
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"gift-pegjs check cannot run: {reason}")
    pytest.skip(f"gift-pegjs check cannot run: {reason}")


@pytest.fixture(scope="session")
def gift_parser() -> Path:
    """tests/js with gift-pegjs installed (npm ci on first use); the parse script's path."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        _unavailable("node and npm are needed")
    lock_path = Path(tempfile.gettempdir()) / "quizgen-tests-js.lock"
    with open(lock_path, "w") as lock:  # xdist workers: one npm install at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (JS / "node_modules" / "gift-pegjs").is_dir():
            done = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund"],
                cwd=JS,
                capture_output=True,
                text=True,
                timeout=300,
            )
            if done.returncode != 0:
                _unavailable(f"npm ci failed: {done.stderr.strip()[-500:]}")
    return JS / "parse_gift.js"


def parse_gift(script: Path, text: str, tmp_path: Path) -> list[dict]:
    path = tmp_path / "export.gift"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["node", str(script), str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def as_parsed(text: str) -> str:
    """What gift-pegjs gives back for plain text: runs of spaces collapsed, ends trimmed."""
    return re.sub(r"[^\S\n]{2,}", " ", text).strip()


def test_escape_is_moodles_repchar() -> None:
    assert escape("a\\b~c=d#e{f}g:h\ni\r\nj") == "a\\\\b\\~c\\=d\\#e\\{f\\}g\\:h\\ni\\nj"


def test_every_question_round_trips_through_gift_pegjs(gift_parser: Path, tmp_path: Path) -> None:
    exported = entries()
    parsed = parse_gift(gift_parser, render_text(exported, ExportOptions()), tmp_path)
    questions = [p for p in parsed if p["type"] != "Category"]
    assert len(questions) == len(exported)
    for entry, got in zip(exported, questions, strict=True):
        q = entry.question
        assert got["title"] == q.id
        assert got["id"] == q.id
        assert got["stem"] == {"format": "plain", "text": as_parsed(q.question)}
        assert (got["tags"] or []) == [t.strip() for t in q.tags]
        if q.evidence:
            assert as_parsed(q.evidence) in got["globalFeedback"]["text"]
        feedback = {"format": "plain", "text": as_parsed(q.explanation)} if q.explanation else None
        if q.type == "true_false":
            assert got["type"] == "TF"
            assert got["isTrue"] is q.answer
            assert got["trueFeedback"] == feedback
            assert got["falseFeedback"] == feedback
        else:
            assert got["type"] == "MC"
            assert [c["text"]["text"] for c in got["choices"]] == [as_parsed(c) for c in q.choices]
            assert [c["isCorrect"] for c in got["choices"]] == [c == q.answer for c in q.choices]
            assert all(c["weight"] is None for c in got["choices"])
            assert all(c["feedback"] == feedback for c in got["choices"])


def test_special_characters_survive_exactly(gift_parser: Path, tmp_path: Path) -> None:
    parsed = parse_gift(
        gift_parser, render_text(entries("special.yaml"), ExportOptions()), tmp_path
    )
    by_id = {p["title"]: p for p in parsed if p["type"] != "Category"}
    controls = by_id["special-gift-controls"]
    assert controls["stem"]["text"] == "Which of ~ = # { } : \\ is the GIFT escape character?"
    markup = by_id["special-markup-and-newlines"]
    assert markup["stem"]["text"].splitlines() == [
        'Line one with <script>alert("x")</script> & "quotes" \'single\'.',
        "Line two: ]]> ends CDATA -- and <!-- a comment -->.",
        "A literal \\n is not a newline.",
    ]
    texts = [c["text"]["text"] for c in markup["choices"]]
    assert texts[0] == "%50% off looks like a GIFT weight"
    assert texts[1] == "[html] looks like a GIFT format"
    assert texts[3] == 'comma, "quote", and\nnewline'
    assert "日本語, עברית, emoji 🎉" in markup["globalFeedback"]["text"]


def test_categories_come_from_bank_files_and_title(gift_parser: Path, tmp_path: Path) -> None:
    text = render_text(entries(), ExportOptions(title="Week 1/2"))
    parsed = parse_gift(gift_parser, text, tmp_path)
    categories = [p["title"] for p in parsed if p["type"] == "Category"]
    # Moodle reads `/` as a level separator and `//` as a literal slash.
    assert categories == ["Week 1//2/Plain questions", "Week 1//2/Specials: ~ = # { } \\ // & <b>"]


def test_gift_knows_its_own_files() -> None:
    fmt = get_format("gift")
    (content,) = fmt.render(entries("plain.yaml"), ExportOptions()).values()
    assert fmt.is_own(content)
    assert not fmt.is_own(b"::q::Someone else's question{TRUE}\n")


def test_a_lone_carriage_return_is_a_line_break() -> None:
    assert escape("a lone\rCR") == "a lone\\nCR"
    assert escape("windows\r\nline") == "windows\\nline"


def test_a_title_ending_in_a_slash_keeps_its_category_path() -> None:
    assert moodle_category_path(("Unit 3/", "Trump")) == "Unit 3/Trump"
    assert moodle_category_path(("A/B", " /Trump ")) == "A//B/Trump"


# Moodle's tag reader (qformat_gift::extract_idnumber_and_tags_from_comment), ported
# character for character: PCRE's [:cntrl:] is \x00-\x1f\x7f. gift-pegjs has no `\]`.
MOODLE_TAG = re.compile(r"\[tag:((?:\\]|[^\]<>`\x00-\x1f\x7f])+)]")


def moodle_tags(comment: str) -> list[str]:
    return [raw.strip().replace("\\]", "]") for raw in MOODLE_TAG.findall(comment)]


def test_tags_reach_moodle_with_brackets_escaped_and_markup_stripped() -> None:
    (entry,) = entries("plain.yaml")[:1]
    tags = ["tag]bracket", "<b>tag</b>", "a`b", "two\nlines", "ends\\", "<br/>", "plain"]
    entry.question.tags = tags
    comment = render_text([entry], ExportOptions()).split("\n::")[0]
    assert moodle_tags(comment) == ["tag]bracket", "tag", "a b", "two lines", "ends", "plain"]
