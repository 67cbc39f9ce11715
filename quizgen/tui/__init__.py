"""The terminal UI (Textual): the apps (`apps`, which own navigation), screens and widgets.

Widgets take plain model objects (`quizgen.model.Question`, `BankEntry`) and post the
messages of `quizgen.tui.messages`; the learning logic stays in `quizgen.learn`.
"""
