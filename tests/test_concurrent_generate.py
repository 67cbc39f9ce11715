"""Two runs on one bank: the second waits for the first or says the bank is busy; their
writes never interleave."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

import pytest

from quizgen.bank.update import update_bank
from quizgen.errors import BankError

WRITER = Path("tests/data/merge/writer.py").resolve()
sys.path.insert(0, str(WRITER.parent))
from writer import FILES, generated  # noqa: E402


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen]:
    """Another process holding the bank's lock until told to let go."""
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(tmp_path), "hold"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    assert process.stdout.readline() == "locked\n"
    yield process
    process.stdin.close()
    process.wait(timeout=30)
    process.stdout.close()


def test_second_run_says_the_bank_is_busy_and_writes_nothing(
    tmp_path: Path, holder: subprocess.Popen
) -> None:
    with pytest.raises(BankError) as caught:
        update_bank(tmp_path, generated(0)[:3], wait=0.2)
    assert f"{tmp_path} is busy" in caught.value.message
    assert f"pid {holder.pid}" in caught.value.message
    assert list(tmp_path.glob("*.yaml")) == []


def test_second_run_goes_ahead_once_the_first_lets_go(
    tmp_path: Path, holder: subprocess.Popen
) -> None:
    assert holder.stdin is not None
    holder.stdin.write("done\n")
    holder.stdin.flush()
    reports = update_bank(tmp_path, generated(0)[:3], wait=30)
    assert [r.new for r in reports] == [12, 12, 12]


def test_two_writers_never_interleave(tmp_path: Path) -> None:
    log = tmp_path / "log"
    bank = tmp_path / "bank"
    runs = [
        subprocess.Popen([sys.executable, str(WRITER), str(bank), "runs", "3", str(v), str(log)])
        for v in (0, 1)
    ]
    assert [process.wait(timeout=300) for process in runs] == [0, 0]
    pids = log.read_text().split()
    assert len(pids) == 2 * 3 * FILES
    # each run writes its FILES files in one stretch, never mixed with the other's
    assert all(len(list(group)) % FILES == 0 for _, group in groupby(pids))
    # and the bank is exactly what the last run wrote
    final = {p.name: p.read_bytes() for p in bank.glob("*.yaml")}
    last_version = [process.pid for process in runs].index(int(pids[-1]))
    (tmp_path / "ref").mkdir()
    update_bank(tmp_path / "ref", generated(last_version))
    update_bank(tmp_path / "ref", generated(last_version))
    assert final == {p.name: p.read_bytes() for p in (tmp_path / "ref").glob("*.yaml")}


def test_a_bank_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(BankError) as caught:
        update_bank(tmp_path / "file" / "bank", generated(0)[:1])
    assert f"cannot lock the bank {tmp_path / 'file' / 'bank'}" in caught.value.message
