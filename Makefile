# Two entry points that work on a fresh machine (Python 3.11+):
#   make demo  -- set up, ingest the bundled sample articles into SQLite, show them
#   make test  -- set up, run the whole test suite
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: setup browser demo test bench clean

$(BIN)/newsbrief: pyproject.toml requirements.txt requirements-models.txt requirements-dev.txt requirements-spark.txt
	@# Spark (newsbrief[spark] and its tests) needs a Java runtime.
	@command -v java >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -q && apt-get install -y -q openjdk-17-jre-headless; \
	  else echo "Note: Spark needs Java 17+; install openjdk-17-jre-headless or set JAVA_HOME"; fi; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt -r requirements-dev.txt -r requirements-spark.txt
	$(BIN)/pip install -q --no-deps -r requirements-models.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $(BIN)/newsbrief

setup: $(BIN)/newsbrief browser

# The web page tests drive Debian's Chromium (no browser download at run time).
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -q && apt-get install -y -q chromium; \
	  else \
	    echo "The browser tests need Chromium: run 'sudo apt-get install -y chromium'" \
	         "(without it they skip; under CI=true they fail)."; \
	  fi; \
	fi

demo: setup
	rm -f $(DEMO_DB)
	$(BIN)/newsbrief ingest samples/ --db $(DEMO_DB)
	$(BIN)/newsbrief articles --db $(DEMO_DB)
	$(BIN)/newsbrief events --db $(DEMO_DB) --limit 20

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache
