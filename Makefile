# The two commands of the README:
#   make run   — set up, create the demo station (first time), start a local hub, open the window
#   make test  — set up, run the whole test suite (beside a throwaway PostgreSQL cluster that
#                scripts/with-postgres.sh starts and removes: the hub suites run on SQLite and PostgreSQL)
# Both install only what is missing (system packages checked with dpkg -s; .venv on first use).

DEMO_DIR ?= $(CURDIR)/demo-data
PY := .venv/bin/python

.PHONY: run test env translations installer bench bench-scale clean-demo

env:
	@scripts/ensure-env.sh test

run:
	@scripts/ensure-env.sh run
	@$(PY) -m app.devrun --data-dir "$(DEMO_DIR)"

test: env
	@scripts/with-postgres.sh env QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

translations: env
	@$(PY) -m app.ui.i18n_build

installer: env
	@$(PY) build_installer.py

bench: env
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

bench-scale: env
	@scripts/with-postgres.sh --durable $(PY) benchmarks/bench_hub_scale.py

clean-demo:
	rm -rf "$(DEMO_DIR)"
