"""The YAML question bank: read and validate (with line numbers), write, atomic writes."""

from quizgen.bank.load import load_bank, load_text
from quizgen.bank.write import dump_bank_file, write_bank_file

__all__ = ["dump_bank_file", "load_bank", "load_text", "write_bank_file"]
