# Two commands do all the set-up: `make report` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test lint typecheck pytest goldens bench fuzz lock clean

report: $(STAMP)
	$(BIN)/reconcile report seeds --out reports/report.md --json reports/report.json

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check reconcile tests bench fuzz
	$(BIN)/ruff format --check reconcile tests bench fuzz

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

# After a deliberate change: regenerate the golden reports, reports/ and the README sample;
# review the diff.
goldens: $(STAMP)
	$(BIN)/python tests/update_goldens.py

bench: $(STAMP)
	$(BIN)/python bench/quantities.py
	$(BIN)/python bench/matching.py

# Coverage-guided fuzzing of source loading and extraction for a fixed time (not in `test`).
FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	mkdir -p .fuzz-corpus
	$(BIN)/python fuzz/fuzz_sources.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 .fuzz-corpus

# The lock holds every package the project needs, each pinned with its hashes: installed as
# it is (`--no-deps`, so that no newer release on an index is resolved for a dependency's
# extra), then checked whole.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements.lock
	$(BIN)/python -m pip check
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Re-resolve the lock file (needs uv: `pip install uv`).
lock:
	uv pip compile pyproject.toml requirements-build.in --extra dev --extra bench --extra fuzz \
		--generate-hashes --python-version 3.11 --no-header -o requirements.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
