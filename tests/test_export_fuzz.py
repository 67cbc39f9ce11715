"""Random texts full of special characters through every format and back.

One seeded batch of questions per run (so the real GIFT parser starts once): texts mix
GIFT control characters, XML/HTML markup, CSV quoting, format and weight look-alikes,
newlines and non-ASCII.
"""

from __future__ import annotations

import csv
import html
import io
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_export_gift import as_parsed, gift_parser, parse_gift  # noqa: F401

from quizgen.export import ExportOptions, get_format
from quizgen.export.csv_format import from_text
from quizgen.export.gift import choice_order
from quizgen.model import BankEntry, BankFile, Question, Source

PIECES = [
    *"~=#{}:\\[]%<>&\"'/-|;,.",
    "[html]",
    "[plain]",
    "%50%",
    "->",
    "]]>",
    "####",
    "//",
    "\\n",
    "<script>",
    "&amp;",
    "--",
    "$CATEGORY:",
    "::",
    "TRUE",
    "é",
    "日本",
    "🎉",
    "word",
    "x",
    "\n",
    " ",
]


def random_text(rng: random.Random) -> str:
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text or "x"


def batch(seed: int, count: int = 60) -> list[BankEntry]:
    rng = random.Random(seed)
    bank_file = BankFile(
        path="fuzz/bank.yaml",
        title=random_text(rng),
        source=Source(file="seeds/x.txt", url="https://example.com/" + random_text(rng)),
    )
    for n in range(count):
        common = dict(
            id=f"fuzz-{n}",
            question=random_text(rng),
            explanation=random_text(rng) if n % 4 else "",
            evidence=random_text(rng),
            tags=[random_text(rng).replace("]", "") or "t" for _ in range(n % 3)],
        )
        if n % 3 == 0:
            question = Question(type="true_false", answer=n % 2 == 0, **common)
        else:
            choices = list(dict.fromkeys(random_text(rng) for _ in range(rng.randint(2, 6))))
            while len(choices) < 2:
                choices.append(f"choice {len(choices)}")
            question = Question(
                type="multiple_choice", choices=choices, answer=rng.choice(choices), **common
            )
        bank_file.questions.append(question)
    return [BankEntry(bank_file, q) for q in bank_file.questions]


def render(name: str, entries: list[BankEntry]) -> bytes:
    (content,) = get_format(name).render(entries, ExportOptions(timestamp=1)).values()
    return content


@pytest.mark.parametrize("seed", [1, 2])
def test_gift_round_trips_random_texts(seed: int, gift_parser: Path, tmp_path: Path) -> None:  # noqa: F811
    entries = batch(seed)
    parsed = parse_gift(gift_parser, render("gift", entries).decode("utf-8"), tmp_path)
    questions = [p for p in parsed if p["type"] != "Category"]
    assert len(questions) == len(entries)
    for entry, got in zip(entries, questions, strict=True):
        q = entry.question
        assert got["title"] == q.id
        assert got["stem"]["text"] == as_parsed(q.question)
        feedback = as_parsed(q.explanation) if q.explanation else None
        if q.type == "true_false":
            assert (got["type"], got["isTrue"]) == ("TF", q.answer)
            assert (got["trueFeedback"] or {}).get("text") == feedback
        else:
            assert got["type"] == "MC"
            choices = choice_order(q)
            assert [c["text"]["text"] for c in got["choices"]] == [as_parsed(c) for c in choices]
            assert [c["isCorrect"] for c in got["choices"]] == [c == q.answer for c in choices]
            assert [(c["feedback"] or {}).get("text") for c in got["choices"]] == [feedback] * len(
                choices
            )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_moodle_xml_and_csv_round_trip_random_texts(seed: int) -> None:
    entries = batch(seed)
    root = ET.fromstring(render("moodle", entries))
    questions = [q for q in root if q.get("type") != "category"]
    text = render("csv", entries).decode("utf-8-sig")
    rows = [
        {key: from_text(value) for key, value in row.items()}
        for row in csv.DictReader(io.StringIO(text, newline=""))
    ]
    for entry, element, row in zip(entries, questions, rows, strict=True):
        q = entry.question
        text = element.findtext("questiontext/text") or ""
        assert html.unescape(text.replace("<br>\n", "\n")) == q.question
        assert row["question"] == q.question
        assert row["explanation"] == q.explanation
        if q.type == "multiple_choice":
            answers = [
                html.unescape((a.findtext("text") or "").replace("<br>\n", "\n"))
                for a in element.findall("answer")
            ]
            assert answers == q.choices
            assert [row[f"choice_{c}"] for c in "abcdef"][: len(q.choices)] == q.choices
