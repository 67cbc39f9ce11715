"""Which article files a `generate` run reads, and which bank file each one feeds."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from quizgen.errors import printable
from quizgen.generate.read import ARTICLE_SUFFIXES
from quizgen.model import BankFile, Question, Source

#: The longest bank file stem, in bytes: with `.yaml` and an atomic write's temp name
#: (`.<name>.<random>.tmp`) it stays well under the 255 bytes a file name may have.
MAX_STEM_BYTES = 200


def collect_articles(arguments: list[str]) -> tuple[list[str], list[str]]:
    """The article paths named by `arguments` (files as given; folders: their article
    files, sorted by name) and a `PATH: what is wrong` line for each unusable argument."""
    paths: list[str] = []
    problems: list[str] = []
    for argument in arguments:
        try:
            paths += _articles_named_by(argument)
        except OSError as error:
            what = error.strerror or str(error)
            problems.append(f"{printable(argument)}: cannot read it ({what})")
        except _NoArticle as problem:
            problems.append(f"{printable(argument)}: {problem}")
    return _unique(paths), problems


class _NoArticle(Exception):
    """An argument names no article (the message says why)."""


def _articles_named_by(argument: str) -> list[str]:
    """The article files `argument` names: itself, or a folder's article files by name."""
    path = Path(argument)
    if path.is_dir():
        found = sorted(
            p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
        )
        if not found:
            kinds = ", ".join(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
            raise _NoArticle(f"no articles in this folder ({kinds})")
        return [str(p) for p in found]
    if path.exists():
        return [argument]
    raise _NoArticle("no such file or folder")


def _unique(paths: list[str]) -> list[str]:
    # The same file named twice (`a.txt seeds/`) is read once.
    seen: set[Path] = set()
    out = []
    for path in paths:
        try:
            key = Path(path).resolve()
        except (OSError, RuntimeError):  # a symlink loop: reading it will say so
            key = Path(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def bank_file_name(article_path: str) -> str:
    """The bank file an article's questions go to: `<article stem>.yaml`, without leading
    dots (the bank ignores hidden files) and, for a very long name, cut short with a
    digest of the whole stem (the temp file of an atomic write must fit in 255 bytes)."""
    stem = Path(article_path).stem.lstrip(".") or "article"
    data = stem.encode("utf-8")
    if len(data) > MAX_STEM_BYTES:
        digest = hashlib.sha256(data).hexdigest()[:8]
        cut = data[: MAX_STEM_BYTES - len(digest) - 1].decode("utf-8", "ignore")
        stem = f"{cut}-{digest}"
    return f"{stem}.yaml"


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
