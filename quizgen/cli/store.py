"""`quizgen store check|recover`: find damage in the progress store, and save what is left."""

from __future__ import annotations

import argparse
import shlex

from quizgen.cli.options import add_command, add_data_argument, progress_path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "store",
        "check the learner progress store for damage, or copy what can be read to a new file",
        "quizgen store check\n  quizgen store recover --data ~/quizgen-data",
    )
    parser.add_argument(
        "action",
        choices=("check", "recover"),
        help="check: look for damage (exit 1 when found); recover: copy every readable "
        "answer, card and flag to progress.recovered.sqlite3 beside the store, which is "
        "kept as it is",
    )
    add_data_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.learn.store_repair import check_store, recover_store

    path = progress_path(args)
    if args.action == "check":
        health = check_store(path)
        counts = (
            f"{health.answers:,} answer(s), {health.cards:,} card(s) and {health.flags:,} "
            "flag(s) readable"
        )
        if health.ok:
            print(f"{path}: no damage found ({counts})")
            return 0
        found = "; ".join(health.findings) or "no damage to the file's structure"
        print(
            f"{path}: damaged: {found}; {health.unreadable:,} read error(s) ({counts}); "
            "`quizgen store recover` copies what can be read to a new file"
        )
        return 1
    recovery = recover_store(path)
    print(
        f"copied {recovery.answers:,} answer(s), {recovery.cards:,} card(s) and "
        f"{recovery.flags:,} flag(s) of {path} "
        f"to {recovery.target} ({recovery.unreadable:,} read error(s): those rows are left "
        f"behind); {path} is kept as it was"
    )
    old, new = shlex.quote(str(path)), shlex.quote(str(recovery.target))
    print(
        "to use the copy, with no quizgen running: "
        f"mv {old} {old}.damaged && rm -f {old}-wal {old}-shm && mv {new} {old}"
    )
    return 0
