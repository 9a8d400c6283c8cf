# Pinbot — the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench chat migrate content-check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then exec $(BIN)/pinbot run; else exec $(BIN)/pinbot chat; fi

chat: $(STAMP)
	$(BIN)/pinbot chat

test: $(STAMP)
	$(BIN)/pinbot content check
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check bot tests
	$(BIN)/ruff format --check bot tests
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bot.bench

migrate: $(STAMP)
	$(BIN)/pinbot db migrate

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
