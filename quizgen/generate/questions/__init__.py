"""Writing questions from facts: multiple choice, true/false, distractors, wording."""

from __future__ import annotations

from quizgen.generate.questions.candidate import Candidate
from quizgen.generate.questions.multiple_choice import multiple_choice
from quizgen.generate.questions.true_false import true_false

__all__ = ["Candidate", "multiple_choice", "true_false"]
