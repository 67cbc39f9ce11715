"""quizgen: turn news articles into quiz questions and teach with them."""

__version__ = "0.1.0"
