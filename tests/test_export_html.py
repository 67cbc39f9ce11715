"""HTML worksheets without a browser: escaping, self-containment, files, and the CLI."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from quizgen.bank import load_bank
from quizgen.cli import main
from quizgen.errors import UsageError
from quizgen.export import ExportOptions, get_format
from quizgen.export.html import css_string, is_own, render_html
from quizgen.export.worksheet import build_worksheets
from quizgen.model import BankEntry

BANK = Path(__file__).parent / "data" / "worksheets" / "bank.yaml"


@pytest.fixture
def entries() -> list[BankEntry]:
    bank, problems = load_bank([str(BANK)])
    assert not problems
    return [e for e in bank.entries() if e.question.status != "retired"]


def render(entries, **options) -> dict[str, str]:
    files = render_html(entries, ExportOptions(**options))
    return {name: content.decode("utf-8") for name, content in files.items()}


def test_html_is_a_registered_multi_file_format() -> None:
    fmt = get_format("html")
    assert fmt.multi_file and fmt.render is render_html and fmt.suffix == ".html"


def test_one_file_per_version_with_its_key_at_the_end_on_request(entries) -> None:
    files = render(entries, versions=3, seed=1, key="end")
    stem = "trump-and-putin-s-first-call"
    assert sorted(files) == [f"{stem}-A.html", f"{stem}-B.html", f"{stem}-C.html"]
    for letter in "ABC":
        html = files[f"{stem}-{letter}.html"]
        assert html.count('class="question"') == 10
        assert f"Answer key &mdash; Version {letter}" in html
        assert html.index('class="key"') > html.index("End of version")


def test_keys_are_separate_files_by_default_with_a_master_key(entries) -> None:
    # A printed sheet never carries its key: the student pages read "page 1 of N" alone.
    files = render(entries, versions=2, title="Week 3", seed=4)
    assert sorted(files) == [
        "week-3-A-key.html",
        "week-3-A.html",
        "week-3-B-key.html",
        "week-3-B.html",
        "week-3-key.html",
    ]
    assert 'class="key"' not in files["week-3-A.html"]
    key = files["week-3-B-key.html"]
    assert "Answer key &mdash; Version B" in key and 'class="question"' not in key
    # The master key lists every version's answer, number by number.
    master = files["week-3-key.html"]
    sheets = build_worksheets(entries, title="Week 3", versions=2, seed=4)
    rows = re.findall(r"<tr><td class=\"num\">(\d+)</td>(.*?)</tr>", master)
    assert len(rows) == 10
    for number, cells in rows:
        shown = re.findall(r"<td dir=\"auto\">(\w) &middot; ", cells)
        assert shown == [sheet.key[int(number) - 1].letter for sheet in sheets]


def test_bank_text_is_escaped_everywhere(entries) -> None:
    html = render(entries, title='</style><script>alert("t")</script>')
    page = next(iter(html.values()))
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; use &amp; why?" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "&amp;amp;" in page
    # The title inside the CSS footer is a CSS string that cannot close <style>.
    style = page[page.index("<style>") + len("<style>") : page.index("</style>")]
    assert "<" not in style and "script" in style


def test_files_are_self_contained(entries) -> None:
    for page in render(entries, versions=2, key="separate").values():
        lowered = page.lower()
        for forbidden in ("<script", "<link", "<img", "src=", "url(", "@import", "http:", "https:"):
            assert forbidden not in lowered, forbidden
        assert "<style>" in page and "@page" in page


def test_header_has_title_version_student_lines_and_points(entries) -> None:
    page = render(entries, versions=2, points=3, title="Week 3")["week-3-B.html"]
    assert '<h1 dir="auto">Week 3</h1>' in page
    assert re.search(r"<small>Version</small> B</div>", page)
    for field in ("Name", "Class", "Date"):
        assert f'{field} <span class="line">' in page
    assert "3 points each" in page and "Total: 30 points" in page
    assert page.count("(3 points)") == 10


def test_true_false_questions_have_true_and_false_boxes(entries) -> None:
    page = next(iter(render(entries).values()))
    assert page.count('<ul class="choices inline">') == 3
    assert (
        page.count('<span class="box"></span><span class="choice-text" dir="auto">True</span>') == 3
    )


@pytest.mark.parametrize(("paper", "size"), [("a4", "size: A4;"), ("letter", "size: letter;")])
def test_paper_size_reaches_the_page_rule(entries, paper: str, size: str) -> None:
    page = next(iter(render(entries, paper=paper).values()))
    assert size in page
    assert 'counter(page) " of " counter(pages)' in page


def test_unknown_paper_or_key_is_a_usage_error(entries) -> None:
    with pytest.raises(UsageError, match="a4, letter"):
        render(entries, paper="a3")
    with pytest.raises(UsageError, match="end, separate"):
        render(entries, key="middle")


def test_css_string_escapes_all_but_plain_text() -> None:
    assert css_string("Week 3: quiz") == '"Week 3: quiz"'
    assert css_string('a"b</style>') == '"a\\000022 b\\00003c \\00002f style\\00003e "'


def test_is_own_recognises_only_quizgen_files(entries) -> None:
    page = next(iter(render_html(entries, ExportOptions()).values()))
    assert is_own(page)
    assert not is_own(b"<!DOCTYPE html><p>my own notes</p>")


def test_cli_writes_versions_and_refuses_foreign_files(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    args = ["export", "html", str(BANK), "--out", str(out), "--versions", "2", "--seed", "4"]
    assert main(args) == 0
    stem = "trump-and-putin-s-first-call"
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"{stem}-{part}.html" for part in ("A-key", "A", "B-key", "B", "key")]
    names = [f"{stem}-A.html", f"{stem}-B.html"]
    first = (out / names[0]).read_bytes()
    assert main(args) == 0  # its own files: replaced, identically (same seed)
    assert (out / names[0]).read_bytes() == first
    (out / names[1]).write_text("<p>a teacher's file</p>")
    assert main(args) == 1
    assert "not written by quizgen" in capsys.readouterr().err
    assert (out / names[1]).read_text() == "<p>a teacher's file</p>"
    assert main([*args, "--force"]) == 0
    assert is_own((out / names[1]).read_bytes())


def test_cli_filters_and_never_prints_retired(tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    shutil.copy(BANK, bank)
    out = tmp_path / "out"
    assert main(["export", "html", str(bank), "--out", str(out), "--tag", "call"]) == 0
    page = (out / "trump-and-putin-s-first-call-A.html").read_text()
    # call-length, call-place-tf, terror-cooperation; the retired one is tagged too.
    assert page.count('class="question"') == 3
    assert "RETIRED" not in page
    assert main(["export", "html", str(bank), "--out", str(out), "--count", "4", "--force"]) == 0
    page = (out / "trump-and-putin-s-first-call-A.html").read_text()
    assert page.count('class="question"') == 4
    assert main(["export", "html", str(bank), "--out", str(out), "--status", "retired"]) == 1
