"""Read an article file into an Article, whatever its format and encoding.

Formats by file name: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML, anything else
plain text (with or without the seed layout's `Source:` header). Text is UTF-8 with or
without a BOM (UTF-16/32 with a BOM too); another encoding is detected with
charset-normalizer and used when the detection is confident. Every problem is an
ArticleError whose message is `FILE: what is wrong`.

Only regular files are read (a FIFO or a device such as /dev/zero would block or never
end), at most MAX_FILE_BYTES of them, and an article may hold at most MAX_ARTICLE_CHARS
of text: the parse grows faster than the text, so a longer one would stall the run.
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

from charset_normalizer import from_bytes

from quizgen.errors import ArticleError, printable
from quizgen.generate.formats.markdown import parse_markdown
from quizgen.generate.formats.text import parse_text
from quizgen.generate.formats.web import parse_web_page
from quizgen.model import Article

Parser = Callable[[str, str], Article]

PARSERS: dict[str, Parser] = {
    ".md": parse_markdown,
    ".markdown": parse_markdown,
    ".html": parse_web_page,
    ".htm": parse_web_page,
    ".txt": parse_text,
}
#: The suffixes `quizgen generate` picks up in a folder.
ARTICLE_SUFFIXES = tuple(PARSERS)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: The most a confident detection may find "messy" (charset-normalizer's chaos, 0-1).
MAX_CHAOS = 0.2
#: Control characters (other than tab, newline, ...) in more than this share: binary.
MAX_CONTROL_SHARE = 0.01
#: The usual non-UTF-8 encoding of English text; preferred when it fits as well as any.
ENGLISH_FALLBACK = "cp1252"
#: The most body text (in characters) one article may hold: a long feature is 50,000
#: (questions come from its opening: `batch.QUESTIONED_CHARS`).
MAX_ARTICLE_CHARS = 200_000
#: The biggest file read as an article (a saved web page carries much markup).
MAX_FILE_BYTES = 10_000_000


def read_article(path: str | os.PathLike[str]) -> Article:
    """The article in the file at `path`; ArticleError (`FILE: what is wrong`) when it
    cannot be read, is not a regular file, is empty, binary or too long, or holds no title
    and body text."""
    name = printable(str(path))
    if name != str(path):
        # The name becomes the bank file's and is written into it: it must be text.
        raise ArticleError(
            f"{name}: the file name is not UTF-8 text or holds a line break or control "
            "character; rename the file"
        )
    return parse_article(name, _read_regular_file(name))


def _read_regular_file(name: str) -> bytes:
    """The bytes of the regular file `name`, at most MAX_FILE_BYTES of them."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever.
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK)
    except IsADirectoryError:
        raise ArticleError(f"{name}: is a folder, not an article file") from None
    except FileNotFoundError:
        raise ArticleError(f"{name}: no such file") from None
    except OSError as error:
        raise ArticleError(f"{name}: cannot read the file ({error.strerror or error})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ArticleError(f"{name}: is a folder, not an article file")
        if not stat.S_ISREG(mode):
            raise ArticleError(
                f"{name}: not a regular file (a pipe or a device); save the article to a file"
            )
        with open(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ArticleError(f"{name}: cannot read the file ({error.strerror or error})") from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise ArticleError(
            f"{name}: the file is larger than {MAX_FILE_BYTES:,} bytes; "
            "an article file is at most that"
        )
    return data


def parse_article(name: str, data: bytes) -> Article:
    """The article in `data`, read as the format its file `name` says."""
    text = decode_article(name, data)
    parser = PARSERS.get(Path(name).suffix.lower(), parse_text)
    article = parser(name, text)
    if not article.title:
        raise ArticleError(f"{name}: no text found (no title)")
    if not article.paragraphs:
        raise ArticleError(f"{name}: no body text after the title {article.title!r}")
    size = len(article.text)
    if size > MAX_ARTICLE_CHARS:
        raise ArticleError(
            f"{name}: {size:,} characters of text, more than the {MAX_ARTICLE_CHARS:,} an "
            "article may have; split it into several articles"
        )
    return article


def decode_article(name: str, data: bytes) -> str:
    """`data` as text: UTF-8 (BOM or not), a BOM's encoding, or a confident detection."""
    if not data.strip():
        raise ArticleError(f"{name}: the file is empty")
    text = _decode_with_bom(name, data)
    if text is None:
        if b"\x00" in data:
            raise ArticleError(f"{name}: looks like a binary file (it holds NUL bytes), not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(name, data)
    if not text.strip():  # a byte-order mark alone, say
        raise ArticleError(f"{name}: the file is empty")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise ArticleError(f"{name}: looks like a binary file (control characters), not text")
    return text


def _decode_with_bom(name: str, data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise ArticleError(
                    f"{name}: starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding}; save it as UTF-8"
                ) from None
    return None


def _detect(name: str, data: bytes) -> str:
    """Decode non-UTF-8 `data` with charset-normalizer, or say it cannot be done."""
    matches = [m for m in from_bytes(data) if m.chaos <= MAX_CHAOS]
    if not matches:
        raise ArticleError(
            f"{name}: not UTF-8 and its encoding cannot be told (binary?); save it as UTF-8"
        )
    least = min(m.chaos for m in matches)
    # Single-byte encodings often fit equally well; English news is most likely cp1252.
    for match in matches:
        if match.chaos == least and ENGLISH_FALLBACK in match.could_be_from_charset:
            return data.decode(ENGLISH_FALLBACK)
    return str(matches[0])


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return controls / len(text)
