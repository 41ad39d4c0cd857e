# Two commands do all set-up: `make report` and `make test` create .venv on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SEED   := data/articles/ria-novosti-ukraine-mobilization-underground-source.txt
NBVAL  := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: report test lint lab notebooks bench docs screenshots mutation clean

# Rebuilt only when requirements.txt or pyproject.toml is newer than the last install.
$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' || \
	  { echo "error: Python 3.10 or newer is needed ($(PYTHON) is older); try make PYTHON=python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

report: $(STAMP)  ## the main job: the report of the bundled article, under reports/
	$(PY) -m analysis report $(SEED) --out reports

test: $(STAMP) lint  ## lint, unit and property tests, strict nbval over every notebook
	$(PY) -m pytest $(NBVAL) tests notebooks

lint: $(STAMP)
	$(PY) -m ruff check analysis tests benchmarks tools

# Jupyter refuses to run as root unless told; in a container or a classroom VM one often is.
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

lab: $(STAMP)  ## JupyterLab on the lessons
	$(PY) -m jupyter lab notebooks $(ROOT_FLAG)

notebooks: $(STAMP)  ## re-execute every notebook in place (after a code change)
	$(PY) -m jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.record_timing=False \
	  notebooks/*.ipynb

bench: $(STAMP)  ## speed of every stage; writes docs/benchmarks.md and the README's figures
	$(PY) benchmarks/bench_sentences.py
	$(PY) benchmarks/bench_sentiment.py
	$(PY) benchmarks/bench_corpus.py
	$(PY) benchmarks/bench_scaling.py
	$(PY) benchmarks/bench_hostile.py
	$(PY) benchmarks/bench_report.py
	$(PY) benchmarks/publish.py

docs: $(STAMP)  ## the column reference, generated from the schemas
	$(PY) -m analysis.reference

screenshots: $(STAMP)  ## every chart as a 1024-pixel screen shows it, in docs/screenshots/
	$(PY) -m tools.screenshots

mutation: $(STAMP)  ## mutation score of the layers and the profile (hours; see docs/testing.md)
	$(PY) -m mutmut run --max-children 2
	$(PY) -m mutmut results

clean:
	rm -rf $(VENV) reports .pytest_cache .hypothesis
