"""From news articles to quiz questions: read (formats) -> nlp (spaCy) -> facts ->
questions (distractors, true/false) -> rank."""
