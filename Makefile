# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install bank lint bench clean chromium golden fuzz

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

## Build the bank from seeds/ (keeping every hand edit) and open the quiz.
run: $(STAMP)
	$(BIN)/quizgen generate seeds --out question_bank
	$(BIN)/quizgen check question_bank
	$(BIN)/quizgen quiz question_bank

## Set up and run the whole test suite (CI runs this).
test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n 2 --dist loadgroup

## Headless Chromium (Debian's package) for the worksheet print tests, when missing.
## In CI (CI set) a failed install fails the build; locally those tests skip instead.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  echo "installing chromium for the worksheet print tests"; \
	  { $$SUDO apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  { [ -z "$$CI" ] && echo "warning: chromium not installed; the browser tests will skip"; }; }

## Rewrite tests/golden/ from the generator after a deliberate change (review the diff),
## and store the parses of the devset and held-out articles again.
golden: $(STAMP)
	$(BIN)/python tests/golden_outputs.py

## The fuzzers of tests/test_fuzz.py with many more examples (FUZZ_EXAMPLES each).
FUZZ_EXAMPLES ?= 10000
fuzz: $(STAMP)
	QUIZGEN_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -n 2 -q -p no:cacheprovider \
	  --hypothesis-show-statistics tests/test_fuzz.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy quizgen

bench: $(STAMP)
	for b in $(filter-out benchmarks/synthetic.py,$(wildcard benchmarks/*.py)); do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
