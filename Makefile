# Two commands for a newcomer: `make run` (the app on the bundled corpus) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# One stamp per requirements file content: editing either file reinstalls.
SERVE := $(VENV)/.serve-$(shell cat requirements.txt | cksum | cut -d' ' -f1)
DEV := $(VENV)/.dev-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)

.PHONY: install install-dev browser ocr run index eval load bench lint test test-fast clean

$(SERVE): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	rm -f $(VENV)/.serve-* && touch $(SERVE)

$(DEV): $(SERVE) requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.dev-* && touch $(DEV)

install: $(SERVE)       ## what serving needs
install-dev: $(DEV)     ## serving + test tools

browser:                ## Debian's Chromium (driven by Playwright in tests) and CJK fonts for screenshots
	@if command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; then :; else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; \
	fi

ocr:                    ## Debian's Tesseract with simplified Chinese and pdftoppm: OCR of scanned PDFs on `add`
	@if command -v tesseract >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 \
	  && tesseract --list-langs 2>&1 | grep -qx chi_sim; then :; else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-chi-sim poppler-utils; \
	fi

run: install            ## start the Gradio chat on 127.0.0.1:7860 (builds the index if missing)
	$(PY) app.py

index: install          ## rebuild the index from corpus/
	$(PY) app.py index

eval: install           ## four systems side by side on the Q&A sets; writes evaluation/report.md
	$(PY) app.py eval

load: install           ## 50 clients x 20 questions against /api/ask on loopback
	$(PY) scripts/load_test.py

bench: install          ## latency, cold start, build time, memory at 1x/100x/1000x the seed corpus (.bench/)
	$(PY) scripts/bench.py

lint: install-dev       ## ruff (configuration in ruff.toml)
	$(VENV)/bin/ruff check .

test: install-dev browser ocr lint  ## lint, then every test, slow ones (real model, server, browser) included
	$(PY) -m pytest

test-fast: install-dev  ## skip tests marked slow
	$(PY) -m pytest -m "not slow"

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts index/CURRENT index/build-* .bench
