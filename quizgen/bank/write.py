"""Write bank files in one stable, readable form.

The SPEC's key order, block style, tags as a short flow list, unicode as is, no line
folding: a diff of two generations stays small and a human edit stays readable.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

import yaml

from quizgen.bank.atomic import atomic_write_text
from quizgen.bank.rules import QUESTION_KEYS
from quizgen.model import BankFile, Question


class _FlowList(list):
    """A list written on one line: `tags: [putin-call, duration]`."""


class _Dumper(yaml.SafeDumper):
    """The pure-Python dumper: libyaml's emitter cannot indent lists inside mappings."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_flow_list(dumper: yaml.SafeDumper, value: _FlowList) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_FlowList, _represent_flow_list)


def question_mapping(question: Question) -> dict[str, Any]:
    """The question as the mapping a bank file stores: SPEC key order, empty fields left out."""
    values: dict[str, Any] = {
        "id": question.id,
        "type": question.type,
        "question": question.question,
        "choices": list(question.choices) if question.type == "multiple_choice" else None,
        "answer": question.answer,
        "explanation": question.explanation or None,
        "evidence": question.evidence or None,
        "tags": _FlowList(question.tags) if question.tags else None,
        "difficulty": question.difficulty,
        "status": question.status,
    }
    return {key: values[key] for key in QUESTION_KEYS if values[key] is not None}


def file_mapping(bank_file: BankFile) -> dict[str, Any]:
    """The whole file as a mapping: title, source (when known), questions."""
    out: dict[str, Any] = {"title": bank_file.title}
    if bank_file.source is not None:
        source = dataclasses.asdict(bank_file.source)
        out["source"] = {key: value for key, value in source.items() if value}
    out["questions"] = [question_mapping(q) for q in bank_file.questions]
    return out


def dump_yaml(data: Any) -> str:
    """Any plain data in the bank's YAML style."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
    )


def dump_question(question: Question) -> str:
    """One question as a YAML list item, indented as inside `questions:`."""
    text = dump_yaml([question_mapping(question)])
    return "".join(f"  {line}" if line.strip() else line for line in text.splitlines(True))


def dump_bank_file(bank_file: BankFile) -> str:
    """The text of a whole bank file."""
    head = {key: value for key, value in file_mapping(bank_file).items() if key != "questions"}
    text = dump_yaml(head)
    if not bank_file.questions:
        return text + "questions: []\n"
    return text + "questions:\n" + "".join(dump_question(q) for q in bank_file.questions)


def write_bank_file(path: str | os.PathLike[str], bank_file: BankFile) -> None:
    """Write `bank_file` to `path` atomically."""
    atomic_write_text(path, dump_bank_file(bank_file))
