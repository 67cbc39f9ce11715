"""Every generated bank equals its golden file: a wording change is a reviewed diff.

After a deliberate change to the generator run `make golden` and review `git diff tests/golden`.
"""

from __future__ import annotations

import pytest
from golden_outputs import GOLDEN, golden_texts


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    return golden_texts()


def test_golden_files_cover_every_article(generated: dict[str, str]) -> None:
    kept = {f"{p.parent.name}/{p.name}" for p in GOLDEN.glob("*/*.yaml")}
    assert kept == set(generated), "run `make golden` and review the diff"


def test_generated_banks_equal_their_golden_files(generated: dict[str, str]) -> None:
    changed = [
        name
        for name, text in sorted(generated.items())
        if not (GOLDEN / name).is_file() or (GOLDEN / name).read_text(encoding="utf-8") != text
    ]
    assert not changed, f"generated banks differ from tests/golden: {changed}; run `make golden`"
