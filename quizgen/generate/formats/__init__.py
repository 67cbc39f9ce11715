"""Article formats: each turns decoded text into an Article (title, url, body paragraphs).

`text` handles plain text and the seed layout (`Source:` line), `markdown` Markdown and
`html` HTML; `clean` holds the rules they share (whitespace, captions, labels).
"""
