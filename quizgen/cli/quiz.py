"""`quizgen quiz`: take a quiz in the terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_filter_arguments,
    add_progress_arguments,
    existing_progress_store,
    learner_name,
    load_valid_bank,
    open_progress_store,
    positive_int,
    require_terminal,
    selected_entries,
)
from quizgen.errors import ProgressError, QuizgenError, UsageError
from quizgen.learn.flags import flag_question
from quizgen.learn.session import Answer, QuizSession
from quizgen.model import DEFAULT_STATUSES, Bank, select

if TYPE_CHECKING:
    from quizgen.learn.progress import ProgressStore


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "quiz",
        "take a quiz in the terminal: one question at a time, feedback, score, review",
        "quizgen quiz question_bank --tag sanctions --count 10 --seed 42\n"
        "  quizgen quiz --weak --learner ana",
    )
    add_bank_argument(parser)
    # Retired questions are never asked, so --status cannot ask for them.
    add_filter_arguments(parser, status_choices=DEFAULT_STATUSES)
    parser.add_argument(
        "--count", type=positive_int, metavar="N", help="ask N questions (default: all)"
    )
    parser.add_argument(
        "--seed",
        type=int,
        metavar="S",
        help="same seed, same order of questions and choices (default: shuffled each time)",
    )
    parser.add_argument(
        "--weak",
        action="store_true",
        help="questions of the tags the learner misses most (see `quizgen stats --weak`)",
    )
    add_progress_arguments(parser)
    parser.set_defaults(run=run)


class AnswerRecorder:
    """The quiz's answer and flag hooks: write every answer and flag to the learner's
    progress store.

    A store that fails mid-quiz must not crash the quiz: the first error is kept, later
    writes are skipped, and the command reports it once the app has closed."""

    def __init__(self, store: ProgressStore, learner: str) -> None:
        self.store = store
        self.learner = learner
        self.error: ProgressError | None = None

    def __call__(self, answer: Answer) -> None:
        self._keep(
            lambda: self.store.record_answer(
                self.learner,
                answer.question_id,
                answer.given,
                answer.correct,
                None,  # a quiz answer rates no card
                answer.response_seconds,
                datetime.now(UTC),
                mode="quiz",
            )
        )

    def flag(self, question_id: str, reason: str) -> bool:
        """Record a flag the learner raised on `question_id`; False when it could not be."""
        return self._keep(
            lambda: flag_question(self.store, self.learner, question_id, reason, datetime.now(UTC))
        )

    def _keep(self, write: Callable[[], object]) -> bool:
        """Run `write` unless an earlier write failed; whether it was saved."""
        if self.error is not None:
            return False
        try:
            write()
        except ProgressError as error:
            self.error = error
            return False
        return True


def run(args: argparse.Namespace) -> int:
    # Imported here so `quizgen check` and friends do not pay for loading Textual.
    from quizgen.tui.apps.quiz import build_quiz_app

    bank = load_valid_bank(args.banks)
    learner = learner_name(args)
    if args.weak:
        args.tag = weak_tags(args, bank, learner)
    chosen = selected_entries(bank, args, "quiz on")
    require_terminal("the quiz")
    with open_progress_store(args) as store:  # opened first: a bad store stops us early
        recorder = AnswerRecorder(store, learner)
        app = build_quiz_app(
            chosen, count=args.count, seed=args.seed, on_answer=recorder, on_flag=recorder.flag
        )
        app.run()
    if recorder.error is not None:
        raise ProgressError(f"some answers or flags were not recorded: {recorder.error.message}")
    print(quiz_summary(app.session), file=sys.stderr)
    if app.session.answers:
        print(f"Every answer is saved for {learner} in {store.path}.", file=sys.stderr)
    return 0


def weak_tags(args: argparse.Namespace, bank: Bank, learner: str) -> list[str]:
    """The tags `learner` misses most among the bank's questions (`--weak`)."""
    from quizgen.learn.stats import compute_stats, weakest_tags

    if args.tag:
        raise UsageError("--weak picks the tags itself; leave out --tag")
    store = existing_progress_store(args)
    weak: list[str] = []
    if store is not None:
        with store:
            entries = select(bank.entries())
            stats = compute_stats(store, learner, entries, datetime.now(UTC), days=0)
        weak = [t.tag for t in weakest_tags(stats.tags)]
    if not weak:
        raise QuizgenError(
            f"no weak tags for {learner} yet: nothing missed on this bank's tags "
            "(take a quiz or train first)"
        )
    return weak


def quiz_summary(session: QuizSession) -> str:
    """The score as the quiz was left: finished, or stopped part way."""
    answered = len(session.answers)
    if session.finished:
        return f"Quiz finished: {session.score} of {answered} right ({session.percent:.0f}%)."
    return f"Quiz left after {answered} of {session.total} question(s): {session.score} right."
