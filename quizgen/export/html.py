"""Printable HTML worksheets: one self-contained file per version, with its answer key.

`render_html(entries, options)` is the "html" format of the export registry: pure, it
returns file name -> bytes and the CLI writes them. Templates live in `templates/`
(shipped as package data); autoescape is on, so article text can never become markup.
Each file has its CSS inline and needs no script, font, image or network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from quizgen.errors import UsageError
from quizgen.export.labels import LABELS, Labels, labels_for
from quizgen.export.registry import GENERATOR_MARK, ExportOptions, Format, register, title_for
from quizgen.export.worksheet import Worksheet, build_worksheets, file_stem
from quizgen.model import BankEntry

KeyPlacement = Literal["end", "separate"]
#: The comment right after the doctype of every file this module writes.
MARK = f"<!-- {GENERATOR_MARK} -->".encode()


@dataclass(frozen=True)
class PaperSize:
    """A paper size as CSS paged media names it, with margins that suit it."""

    size: str
    margin: str
    #: The sheet's width when the file is opened on screen rather than printed.
    screen_width: str


PAPERS: dict[str, PaperSize] = {
    "a4": PaperSize("A4", "16mm 16mm 18mm 16mm", "210mm"),
    "letter": PaperSize("letter", "0.6in 0.65in 0.7in 0.65in", "8.5in"),
}


def css_string(text: object) -> Markup:
    """`text` as a quoted CSS string. Anything but plain letters, digits and spaces is a CSS
    escape, so a title can neither end the string nor close the <style> element."""
    out = []
    for char in str(text):
        if char.isascii() and (char.isalnum() or char in " .,:;!?()-_'"):
            out.append(char)
        else:
            # Six hex digits and a space: the space ends the escape and is not printed.
            out.append(f"\\{ord(char):06x} ")
    # Safe for the HTML autoescaper: only letters, digits, quotes and backslash escapes.
    return Markup('"' + "".join(out) + '"')


@cache
def environment() -> Environment:
    """The Jinja2 environment over the packaged templates, autoescaping everything."""
    env = Environment(
        loader=PackageLoader("quizgen.export", "templates"),
        # Every template is HTML (the CSS one is included inside <style>): escape always.
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["css_string"] = css_string
    env.globals["generator_mark"] = GENERATOR_MARK
    return env


def paper_size(paper: str) -> PaperSize:
    """The named paper size, or a usage error naming the choices."""
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise UsageError(f"unknown paper size {paper!r}; try one of: {', '.join(PAPERS)}") from None


def render_page(template: str, sheet: Worksheet, paper: str, labels: Labels, **context) -> str:
    """One page template rendered for `sheet` (its footer) on `paper` with `labels`."""
    return (
        environment()
        .get_template(template)
        .render(
            sheet=sheet,
            page=paper_size(paper),
            paper=paper.lower(),
            labels=labels,
            points_phrase=labels.points_phrase,
            **context,
        )
    )


def render_sheet(
    sheet: Worksheet, *, paper: str = "a4", key: KeyPlacement = "end", labels: Labels = LABELS["en"]
) -> str:
    """The HTML of one version; with key="end" its answer key follows on a page of its own."""
    return render_page("worksheet.html.j2", sheet, paper, labels, key=key)


def render_key(sheet: Worksheet, *, paper: str = "a4", labels: Labels = LABELS["en"]) -> str:
    """The HTML of one version's answer key alone (for --key separate)."""
    return render_page("key.html.j2", sheet, paper, labels)


def render_master_key(
    sheets: Sequence[Worksheet], *, paper: str = "a4", labels: Labels = LABELS["en"]
) -> str:
    """The HTML of every version's answer key side by side (one page to mark a pile)."""
    versions = ", ".join(sheet.version for sheet in sheets)
    footer = replace(sheets[0], version=versions)  # "Version A, B · page 1 of 1"
    return render_page("master_key.html.j2", footer, paper, labels, sheets=sheets)


def render_worksheets(
    sheets: Sequence[Worksheet],
    *,
    paper: str = "a4",
    key: str = "separate",
    labels: Labels = LABELS["en"],
) -> dict[str, bytes]:
    """File name -> UTF-8 HTML for every version: `<stem>-A.html`; with key="separate"
    (the default: a printed sheet must not carry its key) `<stem>-A-key.html` and, for
    several versions, the master key `<stem>-key.html`; with key="end" the key follows
    each version on a page of its own."""
    if key not in ("end", "separate"):
        raise UsageError(f"unknown key placement {key!r}; try one of: end, separate")
    files: dict[str, bytes] = {}
    for sheet in sheets:
        stem = f"{file_stem(sheet.title)}-{sheet.version}"
        if key == "end":
            files[f"{stem}.html"] = render_sheet(
                sheet, paper=paper, key="end", labels=labels
            ).encode()
        else:
            page = render_sheet(sheet, paper=paper, key="separate", labels=labels)
            files[f"{stem}.html"] = page.encode()
            files[f"{stem}-key.html"] = render_key(sheet, paper=paper, labels=labels).encode()
    if key == "separate" and len(sheets) > 1:
        master = f"{file_stem(sheets[0].title)}-key.html"
        files[master] = render_master_key(sheets, paper=paper, labels=labels).encode()
    return files


def versions_for(
    entries: list[BankEntry], options: ExportOptions
) -> tuple[list[Worksheet], Labels]:
    """The worksheet versions the options ask for, and the labels of their language (the
    worksheets and the answer sheets both start here, so sheet A pairs with worksheet A)."""
    paper_size(options.paper)  # a bad paper size or language is a usage error before any work
    labels = labels_for(options.lang)
    sheets = build_worksheets(
        entries,
        title=title_for(entries, options),
        versions=options.versions,
        seed=options.seed,
        points=options.points,
        true_false=labels.true_false,
    )
    return sheets, labels


def render_html(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """The "html" export format: one worksheet per version, each with its answer key."""
    sheets, labels = versions_for(entries, options)
    return render_worksheets(sheets, paper=options.paper, key=options.key, labels=labels)


def is_own(content: bytes) -> bool:
    """Whether an existing file is a worksheet quizgen wrote (its marker is near the top)."""
    return MARK in content[:200]


FORMAT = register(
    Format(
        name="html",
        description="printable worksheets: one HTML file per version, each with its answer key",
        suffix=".html",
        multi_file=True,
        render=render_html,
        is_own=is_own,
    )
)
