"""How `quizgen stats` looks: Rich tables and a bar chart of recent activity.

`plain=True` (stdout is not a terminal) draws with ASCII only and no colour, so the output
pastes into an e-mail or a log as it is.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from quizgen.learn.stats import CardCounts, DayActivity, DayForecast, Stats, TagStats

BAR_WIDTH = 30


def percent(ratio: float | None) -> str:
    """0.8125 -> "81%"; None -> "-"."""
    return "-" if ratio is None else f"{ratio * 100:.0f}%"


def number(value: int | None) -> str:
    return "?" if value is None else str(value)


#: Below this width the per-tag table packs its columns closer, so no figure is cut.
NARROW_WIDTH = 72


def render_stats(stats: Stats, *, plain: bool = False, narrow: bool = False) -> RenderableType:
    """The whole report: summary, per-tag table, activity chart (`narrow`: for a
    terminal under NARROW_WIDTH columns)."""
    parts: list[RenderableType] = [_heading(stats)]
    if not stats.has_data:
        parts.append(Text(_no_data_line(stats)))
    parts.append(_summary(stats, plain))
    if stats.tags:
        parts.append(_tags(stats, plain, narrow))
    if stats.has_data and stats.activity:
        parts.append(_activity(stats.activity, plain))
    if any(day.due for day in stats.forecast):
        parts.append(_forecast(stats.forecast, plain))
    return Group(*parts)


def print_stats(stats: Stats, console: Console, *, plain: bool = False) -> None:
    """Print the report on `console`."""
    console.print(render_stats(stats, plain=plain, narrow=console.width < NARROW_WIDTH))


def print_weak_tags(weak: list[TagStats], learner: str, console: Console, *, plain: bool) -> None:
    """The tags `learner` misses most, and how to quiz them."""
    if not weak:
        console.print(f"No weak tags for {learner}: no missed answer yet on the bank's tags.")
        return
    table = _table(plain, title=f"Tags {learner} misses most", title_justify="left")
    table.add_column("tag", overflow="fold")
    for name in ("answers", "missed", "accuracy"):
        table.add_column(name, justify="right", no_wrap=True)
    for tag in weak:
        missed = tag.answered - tag.correct
        table.add_row(tag.tag, str(tag.answered), str(missed), percent(tag.accuracy))
    console.print(table)
    console.print(f"Quiz them: quizgen quiz --weak --learner {learner}")


def _heading(stats: Stats) -> Text:
    when = stats.now.strftime("%Y-%m-%d %H:%M")
    return Text(f"Progress of {stats.learner} at {when}", style="bold")


def _no_data_line(stats: Stats) -> str:
    waiting = "" if stats.questions is None else f" ({stats.questions} questions wait)"
    return f"No answers yet{waiting}: run `quizgen train` to start."


def _table(plain: bool, **kwargs: object) -> Table:
    return Table(box=box.ASCII if plain else box.SIMPLE_HEAD, **kwargs)  # type: ignore[arg-type]


def _summary(stats: Stats, plain: bool) -> Table:
    cards = stats.cards
    table = _table(plain, show_header=False)
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_row("answered", str(stats.answered))
    table.add_row("accuracy", percent(stats.accuracy))
    table.add_row(
        f"mastered (stability >= {stats.mastered_stability_days:g} days)", str(cards.mastered)
    )
    table.add_row("learning", str(cards.learning))
    table.add_row("new", number(cards.new))
    table.add_row("due now", str(cards.due_now))
    table.add_row("due today", str(cards.due_today))
    table.add_row("questions flagged", str(stats.flagged))
    return table


def _tags(stats: Stats, plain: bool, narrow: bool) -> Table:
    table = _table(plain, title="By tag", title_justify="left", collapse_padding=narrow)
    # Figures and headers are never cut; on a narrow terminal the tag names wrap instead.
    table.add_column("tag", overflow="fold", min_width=8)
    for name in ("questions", "answers", "mastered", "learning", "new", "due"):
        table.add_column(name, justify="right", no_wrap=True, min_width=len(name))
    for tag in stats.tags:
        answers = f"{tag.answered} ({percent(tag.accuracy)})" if tag.answered else "0"
        table.add_row(tag.tag, str(tag.questions), answers, *_card_cells(tag.cards))
    return table


def _card_cells(cards: CardCounts) -> tuple[str, str, str, str]:
    return str(cards.mastered), str(cards.learning), number(cards.new), str(cards.due_now)


def _activity(activity: list[DayActivity], plain: bool) -> Table:
    table = _table(plain, title=f"Last {len(activity)} days", title_justify="left")
    table.add_column("day")
    table.add_column("answers", min_width=BAR_WIDTH)
    table.add_column("n", justify="right")
    table.add_column("accuracy", justify="right")
    most = max((a.answered for a in activity), default=0)
    for day in activity:
        table.add_row(
            day.day.strftime("%a %m-%d"),
            _bar(day.answered, most, plain),
            str(day.answered),
            percent(day.accuracy),
        )
    return table


def _forecast(forecast: list[DayForecast], plain: bool) -> Table:
    table = _table(plain, title=f"Due in the next {len(forecast)} days", title_justify="left")
    table.add_column("day")
    table.add_column("cards due", min_width=BAR_WIDTH)
    table.add_column("n", justify="right")
    most = max(day.due for day in forecast)
    for number, day in enumerate(forecast):
        label = "today" if number == 0 else day.day.strftime("%a %m-%d")
        table.add_row(label, _bar(day.due, most, plain), str(day.due))
    return table


def _bar(value: int, most: int, plain: bool) -> Text:
    """A horizontal bar, `BAR_WIDTH` cells for the busiest day (eighths in a terminal)."""
    if not most or not value:
        return Text("")
    if plain:
        return Text("#" * max(1, round(value / most * BAR_WIDTH)))
    eighths = max(1, round(value / most * BAR_WIDTH * 8))
    full, rest = divmod(eighths, 8)
    return Text("█" * full + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[rest], style="cyan")
