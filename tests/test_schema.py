"""The JSON Schema agrees with `check` wherever a schema can state the rule."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from quizgen.bank.schema import bank_schema
from quizgen.cli import main

DATA = Path("tests/data/bank")
# Rules a JSON Schema cannot state: `check` alone catches these.
CHECK_ONLY = {
    "answer-not-choice",  # "answer is one of the choices"
    "duplicate-choice",  # case-insensitive distinctness
    "duplicate-id",  # uniqueness across items / files
    "duplicate-key",  # YAML parsers keep the last value
    "syntax-error",  # not YAML at all
    "comments-only",  # no document to validate
    "alias-cycle",  # aliases are resolved before a schema sees the document
    "merge-key",
}
VALIDATOR = jsonschema.Draft7Validator(bank_schema())


def documents(folder: Path) -> list[tuple[str, object]]:
    paths = sorted(
        p
        for p in folder.glob("*.yaml")
        if not p.name.endswith(".bin.yaml") and p.stem not in CHECK_ONLY
    )
    return [(p.stem, yaml.safe_load(p.read_text("utf-8"))) for p in paths]


def test_schema_is_valid_draft7() -> None:
    jsonschema.Draft7Validator.check_schema(bank_schema())


@pytest.mark.parametrize(("name", "document"), documents(DATA / "valid"))
def test_schema_accepts_every_valid_fixture(name: str, document: object) -> None:
    assert list(VALIDATOR.iter_errors(document)) == []


@pytest.mark.parametrize(
    ("name", "document"),
    documents(DATA / "invalid"),
)
def test_schema_rejects_what_check_rejects(name: str, document: object) -> None:
    assert list(VALIDATOR.iter_errors(document)) != []


def test_schema_command_prints_the_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == bank_schema()
    assert json.loads(Path("docs/bank.schema.json").read_text("utf-8")) == printed
