"""Golden outputs: the bank the generator writes for each devset article and each seed,
and the stored parses and questions of the devset and held-out articles
(`stored_parses`, `stored_outputs`).

Kept under `tests/golden/` so that every change of wording shows up as a reviewable diff.
Refresh them after a deliberate change with `make golden` (this file run as a script).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_support import DEVSET, FRESH, SEEDS, pipeline  # noqa: E402
from stored_outputs import RUNS  # noqa: E402
from stored_outputs import store as store_outputs  # noqa: E402
from stored_parses import store  # noqa: E402

from quizgen.bank.write import dump_bank_file  # noqa: E402
from quizgen.generate.pipeline import dedupe_across_articles, questions_for_article  # noqa: E402
from quizgen.generate.read import read_article  # noqa: E402
from quizgen.model import BankFile  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"
#: Each group is generated together, as one `quizgen generate` run would read it.
GROUPS = {"devset": DEVSET, "seeds": SEEDS}


def golden_texts() -> dict[str, str]:
    """`group/article.yaml` -> the bank file text the generator makes now."""
    nlp = pipeline()
    texts: dict[str, str] = {}
    for group, paths in GROUPS.items():
        articles = [read_article(str(p)) for p in paths]
        per_article = dedupe_across_articles(
            [questions_for_article(a, nlp(a.text)) for a in articles]
        )
        for path, article, questions in zip(paths, articles, per_article, strict=True):
            bank_file = BankFile(path="", title=article.title, questions=questions)
            texts[f"{group}/{Path(path).stem}.yaml"] = dump_bank_file(bank_file)
    return texts


def refresh() -> None:
    """Rewrite every golden file (and drop those of articles that are gone)."""
    texts = golden_texts()
    for old in GOLDEN.glob("*/*.yaml"):
        if f"{old.parent.name}/{old.name}" not in texts:
            old.unlink()
    for name, text in texts.items():
        target = GOLDEN / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"{len(texts)} golden files in {GOLDEN}")
    store(stored_article_texts())
    print(f"parses of {len(DEVSET) + len(FRESH)} devset and held-out articles stored")
    store_outputs(RUNS)
    print("their questions stored")


def stored_article_texts() -> list[str]:
    """The texts whose parses are stored: the devset's and the held-out articles'."""
    return [read_article(str(p)).text for p in [*DEVSET, *FRESH]]


if __name__ == "__main__":
    refresh()
