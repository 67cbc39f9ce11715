"""How much of what quizgen asks about a real news page comes from the article itself.

For each saved page in tests/data/pages/ (real pages with sidebars, related stories and
link teasers), generate questions as `quizgen generate page.html` does and count the
evidence sentences that occur in the page's known article text (`NAME.article.txt`,
checked by hand against the page). Prints the figure per page and overall, for the web
page reader and, for comparison, the plain BeautifulSoup reader alone.
Target: at least 95% of evidence sentences from the article.

    .venv/bin/python benchmarks/web_pages.py
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from quizgen.generate.formats.clean import normalize_space
from quizgen.generate.formats.html import parse_html
from quizgen.generate.formats.web import parse_web_page
from quizgen.generate.nlp import load_pipeline
from quizgen.generate.pipeline import questions_for_article
from quizgen.model import Article

PAGES = Path(__file__).parent.parent / "tests" / "data" / "pages"
TARGET = 0.95
Reader = Callable[[str, str], Article]


def evidence_in_article(page: Path, reader: Reader, nlp: object) -> tuple[int, int]:
    """(evidence sentences found in the known article text, all evidence sentences)."""
    article = reader(str(page), page.read_text(encoding="utf-8"))
    known = normalize_space(page.with_suffix(".article.txt").read_text(encoding="utf-8"))
    questions = questions_for_article(article, nlp(article.text))  # type: ignore[operator]
    inside = sum(normalize_space(q.evidence) in known for q in questions)
    return inside, len(questions)


def main() -> int:
    nlp = load_pipeline()
    pages = sorted(PAGES.glob("*.html"))
    shares = {}
    for name, reader in (("web page reader", parse_web_page), ("BeautifulSoup only", parse_html)):
        print(f"== {name}")
        total_inside = total = 0
        for page in pages:
            inside, count = evidence_in_article(page, reader, nlp)
            total_inside += inside
            total += count
            print(f"{page.stem:40} {inside:3}/{count:3} evidence sentences from the article")
        shares[name] = total_inside / total if total else 0.0
        print(f"{'all pages':40} {total_inside:3}/{total:3} = {shares[name]:.1%}")
    met = shares["web page reader"] >= TARGET
    print(f"target {TARGET:.0%}: {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
