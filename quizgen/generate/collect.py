"""Which article files a `generate` run reads, and which bank file each one feeds."""

from __future__ import annotations

from pathlib import Path

from quizgen.generate.read import ARTICLE_SUFFIXES
from quizgen.model import BankFile, Question, Source


def collect_articles(arguments: list[str]) -> tuple[list[str], list[str]]:
    """The article paths named by `arguments` (files as given; folders: their article
    files, sorted by name) and a `PATH: what is wrong` line for each unusable argument."""
    paths: list[str] = []
    problems: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not found:
                kinds = ", ".join(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
                problems.append(f"{argument}: no articles in this folder ({kinds})")
            paths += [str(p) for p in found]
        elif path.exists():
            paths.append(argument)
        else:
            problems.append(f"{argument}: no such file or folder")
    return _unique(paths), problems


def _unique(paths: list[str]) -> list[str]:
    # The same file named twice (`a.txt seeds/`) is read once.
    seen: set[Path] = set()
    out = []
    for path in paths:
        key = Path(path).resolve()
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def bank_file_name(article_path: str) -> str:
    """The bank file an article's questions go to: `<article stem>.yaml`."""
    return f"{Path(article_path).stem}.yaml"


def bank_files_for(
    articles: list[tuple[str, str, Source]], questions: list[list[Question]], out_dir: Path
) -> tuple[list[BankFile], list[str]]:
    """One BankFile per article ((path, title, source)) with its questions, in `out_dir`;
    and a problem line for each article whose bank file name an earlier one already took."""
    files: list[BankFile] = []
    problems: list[str] = []
    taken: dict[str, str] = {}
    for (path, title, source), article_questions in zip(articles, questions, strict=True):
        name = bank_file_name(path)
        if name in taken:
            problems.append(
                f"{path}: its bank file {name} would also be {taken[name]}'s; rename one of them"
            )
            continue
        taken[name] = path
        files.append(
            BankFile(
                path=str(out_dir / name),
                title=title,
                source=source,
                questions=article_questions,
            )
        )
    return files, problems
