"""`python -m quizgen` runs the same CLI as the `quizgen` console script."""

from quizgen.cli import main

raise SystemExit(main())
