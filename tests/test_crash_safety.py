"""A run killed at any moment (SIGKILL) leaves every bank file old or new, and the next
run works."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from test_merge import errors_in

from quizgen.bank.update import update_bank

WRITER = Path("tests/data/merge/writer.py").resolve()
sys.path.insert(0, str(WRITER.parent))
from writer import FILES, generated  # noqa: E402


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def test_kill_at_any_moment_leaves_each_file_old_or_new(tmp_path: Path) -> None:
    folder = tmp_path / "bank"
    update_bank(folder, generated(0))
    old = snapshot(folder)
    shutil.copytree(folder, tmp_path / "copy")
    update_bank(tmp_path / "copy", generated(1))
    new = snapshot(tmp_path / "copy")
    assert len(old) == FILES and all(old[name] != new[name] for name in old)

    rng = random.Random(5)
    for _ in range(4):
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(folder), "loop"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        for _ in range(rng.randrange(1, 3 * FILES)):  # kill after a random number of writes
            assert process.stdout.readline().startswith("wrote ")
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        now = snapshot(folder)
        assert now.keys() == old.keys()
        for name, data in now.items():
            assert data in (old[name], new[name]), f"{name} is neither old nor new"
        assert errors_in(folder) == []

    # the next run is not blocked by the dead run's lock and finishes the job
    reports = update_bank(folder, generated(1), wait=1)
    assert all(not r.skipped for r in reports)
    assert snapshot(folder) == new
