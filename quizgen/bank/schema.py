"""The bank format as JSON Schema (draft-07, what yaml-language-server reads best).

Built from `rules` so it cannot drift from `check`. `check` stays the authority: the
schema cannot say "answer is one of the choices" or "ids are unique in the whole bank".
"""

from __future__ import annotations

from typing import Any

from quizgen.bank import rules

SCHEMA_ID = "https://quizgen.dev/schema/bank.schema.json"
_TEXT: dict[str, Any] = {"type": ["string", "number"]}


def _question_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {
        "id": {
            "type": "string",
            "pattern": f"^{rules.ID_PATTERN.pattern}$",
            "description": "Unique in the whole bank, e.g. putin-call-length.",
        },
        "type": {"enum": list(rules.CHOICE_KEYS["type"])},
        "question": {"type": "string", "minLength": 1, "description": "The stem."},
        "choices": {
            "type": "array",
            "items": _TEXT,
            "minItems": rules.MIN_CHOICES,
            "maxItems": rules.MAX_CHOICES,
            "uniqueItems": True,
            "description": "multiple_choice only: 2 to 6 distinct choices.",
        },
        "answer": {
            "type": ["string", "number", "boolean"],
            "description": "multiple_choice: the text of one choice; true_false: true or false.",
        },
        "explanation": {"type": "string", "description": "Why the answer is right."},
        "evidence": {
            "type": "string",
            "description": "A verbatim sentence of the source article.",
        },
        "tags": {"type": "array", "items": _TEXT},
        "difficulty": {"enum": list(rules.CHOICE_KEYS["difficulty"])},
        "status": {"enum": list(rules.CHOICE_KEYS["status"])},
    }
    return {
        "type": "object",
        "required": list(rules.REQUIRED_KEYS),
        "additionalProperties": False,
        "properties": properties,
        "allOf": [
            {
                "if": {"properties": {"type": {"const": "multiple_choice"}}},
                "then": {
                    "required": ["choices"],
                    "properties": {"answer": _TEXT},
                },
            },
            {
                "if": {"properties": {"type": {"const": "true_false"}}},
                "then": {
                    "not": {"required": ["choices"]},
                    "properties": {"answer": {"type": "boolean"}},
                },
            },
        ],
    }


def bank_schema() -> dict[str, Any]:
    """The JSON Schema of one bank file."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "quizgen question bank file",
        "type": "object",
        "required": ["questions"],
        "additionalProperties": False,
        "properties": {
            "title": {"type": "string"},
            "source": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "file": {"type": "string"},
                    "url": {"type": "string"},
                    "date": {
                        "type": "string",
                        "format": "date",
                        "description": "The article's publication date, YYYY-MM-DD.",
                    },
                },
            },
            "questions": {"type": "array", "items": _question_schema()},
            "generated": {
                "type": ["object", "null"],
                "additionalProperties": {"type": "string"},
                "description": "Written by quizgen generate (id: fingerprint); leave it be.",
            },
        },
    }
