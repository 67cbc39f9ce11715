"""`quizgen stats`: the figures, the Rich report (snapshot) and the CLI."""

from __future__ import annotations

import io
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console
from test_training import FakeClock

from quizgen.bank import load_bank
from quizgen.cli import main
from quizgen.cli import stats as stats_cli
from quizgen.cli.stats_view import print_stats
from quizgen.learn.progress import ProgressStore, store_path
from quizgen.learn.progress_rows import CardRow
from quizgen.learn.scheduler import make_scheduler
from quizgen.learn.stats import Stats, compute_stats, weakest_tags
from quizgen.learn.training import TrainingSession
from quizgen.model import BankEntry, select

BANK = Path(__file__).parent / "data" / "train" / "bank.yaml"
EXPECTED = Path(__file__).parent / "data" / "stats"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
NOW = START + timedelta(days=12, hours=1)


def entries() -> list[BankEntry]:
    bank, problems = load_bank([BANK])
    assert not problems
    return select(bank.entries())


def train_ten_days(store: ProgressStore, learner: str = "ana") -> None:
    """Ten daily sessions; 'summit-year' is answered wrong the first time each day (so it
    comes back within the session), everything else right."""
    clock = FakeClock(START)
    for day in range(10):
        clock.moment = START + timedelta(days=day)
        training = TrainingSession(
            store,
            learner,
            entries(),
            now=clock.now,
            timer=clock.timer,
            scheduler=make_scheduler(fuzzing=False),
            tz=UTC,
            new_limit=2,
            seed=day,
        )
        missed = False
        while (item := training.next_item()) is not None:
            clock.wait(10)
            wrong = item.question.id == "summit-year" and not missed
            missed = missed or wrong
            index = item.answer_index
            training.answer((index + 1) % len(item.choices) if wrong else index)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    with ProgressStore.open(store_path(tmp_path)) as store:
        train_ten_days(store)
    return tmp_path


def figures(data_dir: Path, bank: list[BankEntry] | None) -> Stats:
    with ProgressStore.open(store_path(data_dir)) as store:
        return compute_stats(store, "ana", bank, NOW, tz=UTC, days=14)


def test_figures_add_up(data_dir: Path) -> None:
    stats = figures(data_dir, entries())
    with ProgressStore.open(store_path(data_dir)) as store:
        answers = store.answers("ana")
    assert stats.answered == len(answers)
    assert stats.correct == sum(a.correct for a in answers)
    cards = stats.cards
    assert cards.mastered + cards.learning + (cards.new or 0) == stats.questions == 4
    assert cards.new == 0
    assert sum(day.answered for day in stats.activity) == len(answers)
    # The 14 days end on NOW's day (03-13); training ran 03-01 to 03-10.
    active = [day.answered > 0 for day in stats.activity]
    assert active == [False] + [True] * 10 + [False] * 3
    assert stats.activity[1].day.isoformat() == "2026-03-01"
    by_tag = {t.tag: t for t in stats.tags}
    summit = [a for a in answers if a.question_id == "summit-year"]
    assert by_tag["dates"].answered == len(summit)
    assert by_tag["dates"].correct == sum(a.correct for a in summit) < len(summit)
    assert by_tag["sanctions"].accuracy == 1.0


def test_without_a_bank_new_is_unknown(data_dir: Path) -> None:
    stats = figures(data_dir, None)
    assert stats.cards.new is None and stats.tags == [] and stats.questions is None
    assert stats.cards.mastered + stats.cards.learning == 4


def test_another_learner_has_no_data(data_dir: Path) -> None:
    with ProgressStore.open(store_path(data_dir)) as store:
        stats = compute_stats(store, "ben", entries(), NOW, tz=UTC)
    assert not stats.has_data and stats.cards.new == 4


def render(stats: Stats, *, plain: bool) -> str:
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None, force_terminal=False)
    print_stats(stats, console, plain=plain)
    return out.getvalue()


@pytest.mark.parametrize("plain", [False, True], ids=["terminal", "plain"])
def test_report_matches_snapshot(data_dir: Path, plain: bool) -> None:
    text = render(figures(data_dir, entries()), plain=plain)
    expected = EXPECTED / f"report-{'plain' if plain else 'terminal'}.txt"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        expected.write_text(text, encoding="utf-8")
    assert text == expected.read_text(encoding="utf-8")


def test_cli_json_has_the_same_figures(data_dir: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(stats_cli, "now", lambda: NOW)
    monkeypatch.setenv("TZ", "UTC")
    code = main(["stats", str(BANK), "--learner", "ana", "--data", str(data_dir), "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    expected = figures(data_dir, entries())
    assert data["answered"] == expected.answered
    assert data["cards"]["mastered"] == expected.cards.mastered
    assert data["cards"]["new"] == 0
    assert data["has_data"] is True
    assert {t["tag"] for t in data["tags"]} == {"call", "dates", "duration", "sanctions"}


def test_cli_with_no_data_says_so(tmp_path: Path, capsys) -> None:
    code = main(["stats", str(BANK), "--learner", "zoe", "--data", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "No answers yet (4 questions wait)" in out
    assert not store_path(tmp_path).exists()  # looking makes no progress file


def test_cli_with_unreadable_bank_still_shows_progress(data_dir: Path, capsys) -> None:
    code = main(["stats", str(data_dir / "nope"), "--learner", "ana", "--data", str(data_dir)])
    captured = capsys.readouterr()
    assert code == 0
    assert "no bank" in captured.err
    assert "answered" in captured.out and "By tag" not in captured.out


def test_cli_with_corrupt_store_exits_1(tmp_path: Path, capsys) -> None:
    store_path(tmp_path).write_bytes(b"\x00garbage" * 100)
    code = main(["stats", str(BANK), "--data", str(tmp_path)])
    assert code == 1
    assert "move" in capsys.readouterr().err


def test_cli_names_an_unknown_learner_and_the_known_ones(data_dir: Path, capsys) -> None:
    code = main(["stats", str(BANK), "--learner", "anna", "--data", str(data_dir)])
    captured = capsys.readouterr()
    assert code == 0
    assert "no progress for learner 'anna'" in captured.err
    assert "learners with progress there: ana" in captured.err


def test_report_at_60_columns_keeps_every_header_and_figure(data_dir: Path) -> None:
    out = io.StringIO()
    console = Console(file=out, width=60, color_system=None, force_terminal=False)
    print_stats(figures(data_dir, entries()), console, plain=False)
    text = out.getvalue()
    header = next(line for line in text.splitlines() if "mastered  " in line)
    assert header.split() == ["tag", "questions", "answers", "mastered", "learning", "new", "due"]
    assert "…" not in text


def test_forecast_counts_cards_due_on_each_of_the_next_seven_days(tmp_path: Path) -> None:
    offsets = {"late": -2.0, "today": 0.2, "tomorrow": 1.0, "a": 3.0, "b": 3.1, "far": 10.0}
    with ProgressStore.open(store_path(tmp_path)) as store:
        for question_id, days in offsets.items():
            due = NOW + timedelta(days=days)
            card = CardRow(question_id, 1, 2, None, 5.0, 5.0, due, START)
            store.put_card("ana", card, START)
        stats = compute_stats(store, "ana", None, NOW, tz=UTC)
    assert [f.day for f in stats.forecast] == [(NOW + timedelta(days=n)).date() for n in range(7)]
    assert [f.due for f in stats.forecast] == [2, 1, 0, 2, 0, 0, 0]
    assert stats.to_dict()["forecast"][3] == {"day": "2026-03-16", "due": 2}
    text = render(stats, plain=True)
    assert "Due in the next 7 days" in text and "| today" in text


def test_weakest_tags_are_those_missed_most(data_dir: Path, capsys) -> None:
    stats = figures(data_dir, entries())
    # 'summit-year' (tag dates) was missed once a day; every other answer was right.
    assert [t.tag for t in weakest_tags(stats.tags)] == ["dates"]
    options = ["--learner", "ana", "--data", str(data_dir), "--weak"]
    assert main(["stats", str(BANK), *options]) == 0
    out = capsys.readouterr().out
    assert "dates" in out and "duration" not in out
    assert "quizgen quiz --weak --learner ana" in out
    assert main(["stats", str(BANK), *options, "--json"]) == 0
    weak = json.loads(capsys.readouterr().out)["weak"]
    assert [(t["tag"], t["answered"], t["correct"]) for t in weak] == [("dates", 19, 10)]
