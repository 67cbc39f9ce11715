"""read_article: every article format, and every kind of bad input."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

from quizgen.errors import ArticleError
from quizgen.generate import read
from quizgen.generate.formats.clean import body_paragraphs, is_body
from quizgen.generate.read import read_article

DATA = Path(__file__).parent / "data" / "articles"
SEEDS = Path(__file__).parent.parent / "seeds"


def test_seed_layout_url_on_next_line_section_and_repeated_captions_dropped():
    article = read_article(DATA / "seed_layout.txt")
    assert article.url == "https://example.org/news/world/article/1234/council-votes-on-bridge"
    assert article.title == "Council votes to rebuild the old river bridge"
    assert article.paragraphs == [
        "The city council voted on Tuesday to rebuild the old river bridge, the mayor said.",
        "“We will start in March,” Mayor Anna Berg said.",
        "The bridge works in Lund will cost about 12 million euros and take two years.",
    ]


def test_devset_layout_url_with_licence_note_dateline_and_teaser_dropped():
    article = read_article(DATA / "devset_layout.txt")
    assert article.url == "https://en.wikinews.org/wiki/Rowers_cross_the_Atlantic"
    assert article.title == "Rowers cross the Atlantic in record time"
    assert article.paragraphs == [
        "Four rowers crossed the Atlantic in 35 days, beating the old record by a week.",
        "The team left from the Canary Islands in January. They reached Antigua on Sunday.",
    ]


def test_plain_text_joins_wrapped_lines_and_drops_credits():
    article = read_article(DATA / "plain.txt")
    assert article.url == ""
    assert article.title == "Storm closes schools across the region"
    assert article.paragraphs == [
        "Schools across the region closed on Monday as a storm brought winds of up to 120 "
        "kilometres an hour, officials said. The storm is expected to pass by Wednesday.",
        "About 40,000 homes lost power, the energy company said.",
    ]


def test_markdown_title_from_heading_and_no_markup_left():
    article = read_article(DATA / "library.md")
    assert article.title == "Library opens in the old station"
    assert article.url == "https://example.org/markdown-story"
    assert article.paragraphs == [
        "The new library opened on Saturday in the former railway station, the city said.",
        "The library is open from 9am to 8pm every day.",
        "Entry is free for children under 12.",
        '"Books belong to everyone," librarian Tom Lee said.',
    ]


def test_html_main_text_only_title_from_article_h1():
    article = read_article(DATA / "museum.html")
    assert article.title == "Museum returns stolen painting to Spain"
    assert article.url == "https://example.org/html-story"
    assert article.paragraphs == [
        "The museum returned the stolen painting to Spain on Thursday, its director said.",
        "The painting had been missing for 40 years. Police found it in a private collection.",
        "It was painted in 1650 by an unknown artist.",
    ]


def test_html_title_falls_back_to_title_tag(tmp_path):
    page = tmp_path / "page.htm"
    page.write_text(
        "<html><head><title>Flood warning issued</title></head><body>"
        "<p>The river rose by two metres overnight, the agency said.</p></body></html>"
    )
    article = read_article(page)
    assert article.title == "Flood warning issued"
    assert article.paragraphs == ["The river rose by two metres overnight, the agency said."]


def test_seed_captions_credits_and_labels_are_not_body():
    article = read_article(SEEDS / "000_e94a5a8ef24bf183.txt")
    assert not any("Photo:" in p or "File photo" in p for p in article.paragraphs)
    mccain = (
        "“If he does not, I will work with my colleagues to codify sanctions against Russia "
        "into law,” McCain said."
    )
    assert mccain in article.paragraphs
    other = read_article(SEEDS / "003_e2af1d865c44390b.txt")
    assert other.title == "Trump and Putin vow to cooperate in ISIL fight"
    assert not any(
        p.endswith("Reuters]") or p.startswith(("OPINION", "Source")) for p in other.paragraphs
    )
    assert "Merkel call" not in other.paragraphs
    # A long line with no full stop is still body text.
    assert any(p.startswith("He also signed an executive order") for p in other.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Russian bombers over Syria. Photo: Reuters",
        "A file picture of the chancellor. File photo: AP",
        "Trump spoke to Putin from the Oval Office on Saturday [Jonathan Ernst/Reuters]",
        "The president waves (AP Photo/Evan Vucci)",
        "Merkel call",
        "Friday, September 9, 2016",
        "OPINION: Why is Russia so happy with Trump?",
    ],
)
def test_not_body_lines(line):
    assert not is_body(line)


def test_body_paragraphs_keep_text_verbatim_and_drop_repeats():
    text = "Officials said   the\u00a0talks lasted “about an hour”."
    assert body_paragraphs([text, text]) == ["Officials said the talks lasted “about an hour”."]


def test_utf8_bom_is_not_part_of_the_title():
    assert read_article(DATA / "bom.txt").title == "BOM title line"


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Title\n\nA body sentence here.\n".encode("utf-16-le"))
    assert read_article(path).paragraphs == ["A body sentence here."]


def test_cp1252_is_detected_and_decoded():
    article = read_article(DATA / "cp1252.txt")
    assert article.title == "Café owners protest new rules"
    assert "“unfair”" in article.paragraphs[0]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "the file is empty"),
        ("blank.txt", "the file is empty"),
        ("binary.txt", "binary file"),
        ("title_only.txt", "no body text after the title"),
    ],
)
def test_bad_fixture_files_are_reported_with_their_name(name, message):
    with pytest.raises(ArticleError) as info:
        read_article(DATA / name)
    assert info.value.message.startswith(f"{DATA / name}: ")
    assert message in info.value.message


def test_control_characters_without_nul_are_binary(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 9)) * 20 + b"some text")
    with pytest.raises(ArticleError, match="binary"):
        read_article(path)


def test_undetectable_encoding_is_reported(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(ArticleError, match="save it as UTF-8"):
        read_article(path)


def test_bad_bom_is_reported(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Title\n\n\xff\xfe broken \xc3 body")
    with pytest.raises(ArticleError, match="byte-order mark"):
        read_article(path)


def test_missing_file_and_folder_are_reported(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="is a folder"):
        read_article(tmp_path)


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    shutil.copy(DATA / "plain.txt", path)

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    # chmod cannot lock root out, so the refusal is simulated.
    monkeypatch.setattr(read.os, "open", refuse)
    with pytest.raises(ArticleError, match="cannot read the file \\(Permission denied\\)"):
        read_article(path)


def test_html_without_text_is_reported(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>x()</script></head><body></body></html>")
    with pytest.raises(ArticleError, match="no text found"):
        read_article(path)


def test_source_header_with_title_in_the_same_block_and_bracketed_url():
    from quizgen.generate.formats.text import parse_text

    article = parse_text(
        "a.txt",
        "Source: (https://example.org/wiki/Foo_(bar))\nHeadline here\n\nBody sentence one.\n",
    )
    assert article.url == "https://example.org/wiki/Foo_(bar)"
    assert article.title == "Headline here"
    assert article.paragraphs == ["Body sentence one."]


def test_one_paragraph_per_line_when_lines_are_not_wrapped():
    from quizgen.generate.formats.text import parse_text

    first = "The first paragraph is one long line that goes on well past any wrapping width, " * 2
    text = f"Title\n{first.strip()}\nThe second paragraph, on the next line, ends here.\r\n"
    assert parse_text("b.txt", text).paragraphs == [
        first.strip(),
        "The second paragraph, on the next line, ends here.",
    ]


def test_markdown_without_heading_takes_the_first_paragraph_as_title():
    from quizgen.generate.formats.markdown import parse_markdown

    article = parse_markdown(
        "c.md", "Title line\n\nSource: https://example.org/x\n\nBody *here*.\n"
    )
    assert article.title == "Title line"
    assert article.url == "https://example.org/x"
    assert article.paragraphs == ["Body here."]


def test_an_endless_paragraph_is_cut_after_sentences_into_bounded_pieces():
    from quizgen.generate.formats.clean import MAX_PARAGRAPH_CHARS, split_long

    sentences = [f'"Part {i} is done." He said it.' for i in range(400)]
    pieces = split_long(" ".join(sentences))
    assert " ".join(pieces) == " ".join(sentences)
    assert max(map(len, pieces)) <= MAX_PARAGRAPH_CHARS
    assert all(piece.endswith((".", '."')) for piece in pieces)
    words = " ".join(f"word{i}" for i in range(1000))  # no sentence end at all
    pieces = split_long(words)
    assert " ".join(pieces) == words and max(map(len, pieces)) <= MAX_PARAGRAPH_CHARS
