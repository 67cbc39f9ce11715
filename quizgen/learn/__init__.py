"""Learning: the quiz session, the spaced-repetition scheduler and the progress store.

Plain Python: nothing here imports Textual; the terminal screens live in `quizgen.tui`.
"""
