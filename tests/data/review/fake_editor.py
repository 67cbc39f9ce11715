"""A stand-in for $EDITOR in tests: applies the edits in $FAKE_EDIT to the file it is given.

$FAKE_EDIT holds `old=>new` pairs, one per line; each replaces the first `old` in the file.
`CLEAR` empties the file. Every call is counted in $FAKE_EDIT_LOG when set.
"""

import os
import sys
from pathlib import Path

path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
for rule in os.environ.get("FAKE_EDIT", "").splitlines():
    if rule == "CLEAR":
        text = ""
    elif "=>" in rule:
        old, new = rule.split("=>", 1)
        text = text.replace(old, new, 1)
path.write_text(text, encoding="utf-8")
log = os.environ.get("FAKE_EDIT_LOG")
if log:
    with open(log, "a", encoding="utf-8") as out:
        out.write(path.name + "\n")
