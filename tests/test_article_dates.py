"""The article's date: found in datelines, front matter and page metadata, or given with
`--date`; kept in the bank's `source.date`; printed under a worksheet's title."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import run_cli

from quizgen.bank import load_bank
from quizgen.bank.load import load_text
from quizgen.cli import main
from quizgen.export.html import render_worksheets
from quizgen.export.worksheet import build_worksheets
from quizgen.generate.formats.dateline import as_iso_date, dateline_date
from quizgen.generate.formats.markdown import parse_markdown
from quizgen.generate.read import read_article
from quizgen.model import BankEntry

DATA = Path(__file__).parent / "data"
DEVSET_ARTICLE = DATA / "generate" / "devset" / "01_politics_hong_kong_election.txt"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Friday, September 9, 2016", "2016-09-09"),
        ("Sept. 9, 2016", "2016-09-09"),
        ("9 September 2016", "2016-09-09"),
        ("Sat 28 Jan 2017 10:42 GMT", "2017-01-28"),
        ("2017-01-28", "2017-01-28"),
        ("The vote was held on September 9, 2016.", ""),
        ("Trump - Putin Call", ""),
        ("Friday", ""),
        ("February 30, 2016", ""),
    ],
)
def test_a_dateline_is_a_line_that_is_only_a_date(line, iso):
    assert dateline_date(line) == iso


def test_seed_layout_dateline_gives_the_date():
    article = read_article(DEVSET_ARTICLE)
    assert article.date == "2016-09-09"
    assert "Friday, September 9, 2016" not in article.paragraphs


def test_text_without_a_dateline_has_no_date():
    assert read_article(DATA / "articles" / "seed_layout.txt").date == ""


def test_markdown_front_matter_date():
    article = parse_markdown(
        "story.md", "---\ntitle: Bridge vote\ndate: 2017-01-28\n---\nThe council voted.\n"
    )
    assert article.date == "2017-01-28"
    assert as_iso_date("2017-01-28T10:42:00+01:00") == "2017-01-28"


def test_web_page_date_from_its_metadata():
    assert read_article(DATA / "pages" / "reuters.com.parasite.html").date == "2020-01-20"


def test_bank_without_a_date_still_loads_and_a_bad_date_is_reported_with_its_line():
    old = b"title: T\nsource:\n  file: a.txt\nquestions: []\n"
    bank_file, problems = load_text("old.yaml", old)
    assert problems == [] and bank_file.source.date == ""
    bad = b"title: T\nsource:\n  file: a.txt\n  date: 28/01/2017\nquestions: []\n"
    _, problems = load_text("bad.yaml", bad)
    assert [str(p) for p in problems] == [
        "bad.yaml:4: source: 'date' must be a date written YYYY-MM-DD, not '28/01/2017'"
    ]


def test_generate_records_the_articles_date_and_date_option_fills_the_others(tmp_path):
    undated = DATA / "articles" / "seed_layout.txt"
    out = tmp_path / "bank"
    code, _, stderr = run_cli(
        "generate", str(DEVSET_ARTICLE), str(undated), "--out", str(out), "--date", "2020-02-03"
    )
    assert code == 0, stderr
    bank, _ = load_bank([str(out)])
    dates = {Path(f.path).stem: f.source.date for f in bank.files}
    # The article's own date wins over --date.
    assert dates == {DEVSET_ARTICLE.stem: "2016-09-09", undated.stem: "2020-02-03"}
    assert "date: '2016-09-09'" in (out / f"{DEVSET_ARTICLE.stem}.yaml").read_text("utf-8")


def test_date_option_must_be_a_date(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["generate", str(DEVSET_ARTICLE), "--date", "last friday"])
    assert exited.value.code == 2
    assert "expected a date written YYYY-MM-DD, got 'last friday'" in capsys.readouterr().err


def test_worksheet_prints_the_article_date_under_the_title():
    text = (
        "title: Bridge vote\nsource:\n  file: a.txt\n  date: '2017-01-28'\nquestions:\n"
        "  - id: q1\n    type: true_false\n    question: The council voted.\n    answer: true\n"
    )
    bank_file, problems = load_text("bank.yaml", text.encode())
    assert [p for p in problems if p.severity == "error"] == []
    sheets = build_worksheets(
        [BankEntry(bank_file, q) for q in bank_file.questions], title="Bridge vote"
    )
    html = render_worksheets(sheets)["bridge-vote-A.html"].decode()
    assert '<p class="article-date">28 January 2017</p>' in html
    assert html.index("<h1") < html.index("28 January 2017") < html.index("Name")
