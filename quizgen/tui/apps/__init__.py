"""The three apps side by side, one per module: `quiz`, `train` and `review`.

Each app owns its navigation: its screens post the messages of `quizgen.tui.messages`
(`QuizFinished`, `RetryMisses`, ...) and the app's handlers push or switch the next screen,
so no screen module has to import another one to move on.
"""
