"""Mutated banks never crash `check`: exit 0 or 1, every line `FILE:LINE: message`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quizgen.cli import main

VALID = sorted(Path("tests/data/bank/valid").glob("*.yaml")) + [Path("question_bank/example.yaml")]
PROBLEM_LINE = re.compile(r"^.+\.yaml:\d+: .+$")


@st.composite
def mutated_bank(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(VALID)).read_bytes()
    for _ in range(draw(st.integers(1, 3))):
        data = draw(mutation(data))
    return data


def mutation(data: bytes) -> st.SearchStrategy[bytes]:
    lines = data.splitlines(keepends=True)
    if not lines:
        return st.binary(max_size=8)
    at = st.integers(0, max(len(data) - 1, 0))
    line_at = st.integers(0, max(len(lines) - 1, 0))
    scalar = st.sampled_from(
        [b"", b"~", b"[]", b"{}", b"true", b"12", b"- x", b"'", b'"', b"\xff", b": :", b"&a *a"]
    )
    return st.one_of(
        at.map(lambda i: data[:i]),  # truncate
        st.tuples(at, st.binary(min_size=1, max_size=8)).map(
            lambda t: data[: t[0]] + t[1] + data[t[0] :]
        ),  # insert random bytes
        line_at.map(lambda i: b"".join(lines[:i] + lines[i + 1 :])),  # drop a line (a key)
        st.tuples(line_at, scalar).map(
            lambda t: b"".join(
                lines[: t[0]] + [_replace_value(lines[t[0]], t[1])] + lines[t[0] + 1 :]
            )
        ),  # change a value's type
    )


def _replace_value(line: bytes, value: bytes) -> bytes:
    key, sep, _ = line.partition(b":")
    return key + sep + b" " + value + b"\n" if sep else value + b"\n"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=mutated_bank())
def test_check_never_crashes_on_mutated_banks(
    data: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bank.yaml"
    path.write_bytes(data)
    code = main(["check", str(path)])
    out = capsys.readouterr().out.splitlines()
    assert code in (0, 1)
    assert all(PROBLEM_LINE.match(line) for line in out), out
    errors = [line for line in out if ": warning: " not in line]
    assert (code == 1) == bool(errors)


@given(
    value=st.one_of(
        # Printable text (control characters only make both loaders refuse the file),
        # short or long, and the plain scalars YAML 1.1 reads as something other than text.
        st.text(st.characters(categories=["L", "N", "P", "S", "Zs"]), max_size=90),
        st.sampled_from(
            [
                "",
                "~",
                "null",
                "yes",
                "No",
                "on",
                "OFF",
                "0o17",
                "0x1F",
                "1:30",
                ".inf",
                "-.Inf",
                ".NaN",
                "<<",
                "=",
                "1_000",
                "2001-12-14",
                "+12",
                "0b101",
                "3.0e+5",
            ]
        ),  # fmt: skip
        st.from_regex(r"0x[0-9a-fA-F]{64,80}", fullmatch=True),
        st.from_regex(r"[0-9]{65,80}", fullmatch=True),
        st.from_regex(r"2001-12-14T21:59:43\.[0-9]{60,70}Z", fullmatch=True),
    )
)
@example(value="0000-00-00T0:00:00." + "0" * 60)
@example(value="!")
def test_the_loader_gives_the_tags_safeloader_gives(value: str) -> None:
    import yaml

    from quizgen.safe_yaml import Loader

    text = yaml.safe_dump({"key": value}) + "plain: " + value.replace("\n", " ").strip() + "\n"
    # The safe loader on the same parser: libyaml and the pure-Python parser disagree on
    # some odd texts themselves ("plain: !" is "" to one and None to the other).
    safe = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        expected = yaml.load(text, Loader=safe)
    except (yaml.YAMLError, ValueError) as error:  # ValueError: a timestamp in year 0
        with pytest.raises(type(error)):
            yaml.load(text, Loader=Loader)
        return
    assert yaml.load(text, Loader=Loader) == expected
