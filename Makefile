# Two commands for a newcomer: `make run` (the app on the bundled corpus) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt | cksum | cut -d' ' -f1)

.PHONY: install browser run index eval load bench test test-fast clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

browser:                ## Debian's Chromium (driven by Playwright in tests) and CJK fonts for screenshots
	@if command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; then :; else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; \
	fi

run: install            ## start the Gradio chat on 127.0.0.1:7860 (builds the index if missing)
	$(PY) app.py

index: install          ## rebuild the index from corpus/
	$(PY) app.py index

eval: install           ## four systems side by side on the Q&A set; writes evaluation/report.md
	$(PY) app.py eval

load: install           ## 50 clients x 20 questions against /api/ask on loopback
	$(PY) scripts/load_test.py

bench: install          ## latency, cold start, build time, memory at 1x/100x/1000x the seed corpus (.bench/)
	$(PY) scripts/bench.py

test: install browser   ## every test, slow ones (real model, server, browser) included
	$(PY) -m pytest

test-fast: install      ## skip tests marked slow
	$(PY) -m pytest -m "not slow"

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts index/CURRENT index/build-* .bench
