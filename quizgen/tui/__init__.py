"""The terminal UI (Textual): the app factory, screens and reusable widgets.

Widgets take plain model objects (`quizgen.model.Question`, `BankEntry`) and post the
messages of `quizgen.tui.messages`; the learning logic stays in `quizgen.learn`.
"""
