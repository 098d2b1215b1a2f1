# The two commands of the README: `make demo` and `make test`.
VENV := .venv
PT := $(VENV)/bin/porttwin

.PHONY: setup demo test lint

setup:
	@bash scripts/setup.sh

demo: setup
	@$(PT) db start
	@$(PT) migrate
	@$(PT) demo
	@echo "Serving on http://127.0.0.1:8000 (Ctrl-C to stop)"
	@$(PT) serve --host 127.0.0.1 --port 8000

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Viewer tests drive Debian's Chromium (no browser download; the Japanese font comes with
# the setup); sensor tests start Debian's mosquitto.
BROWSER_PACKAGES := chromium mosquitto
# GIS clients tested as their users run them: Debian's QGIS (headless PyQGIS) and GDAL tools
GIS_PACKAGES := python3-qgis qgis-providers gdal-bin

test: export PORTTWIN_EXTRA_PACKAGES = $(BROWSER_PACKAGES) $(GIS_PACKAGES)
test: lint
	@$(PT) db start
	@echo "Viewer screenshots go to $(CURDIR)/test-artifacts/viewer/"
	$(VENV)/bin/pytest
