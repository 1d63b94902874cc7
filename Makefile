# Two commands: `make run` and `make test`.  Both install what is missing
# (Debian 12 packages, with sudo when not root), configure and build.
# `make valgrind` runs the unit tests under valgrind's memcheck.

BUILD      ?= _build
MESON_OPTS ?=
EXAMPLE    ?= data/examples/noordhaven

# Debian 12 packages needed to build, run and test Samenspel
PACKAGES = meson ninja-build pkg-config gcc gettext \
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libgraphviz-dev graphviz \
  libxml2-dev libarchive-dev libcairo2-dev libpango1.0-dev libpng-dev \
  python3-networkx python3-igraph \
  xvfb xauth dbus dbus-x11 imagemagick poppler-utils libxml2-utils libglib2.0-bin \
  desktop-file-utils appstream fonts-cantarell fonts-dejavu-core locales

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build bench clean valgrind

deps:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${db:Status-Status}\n' $$p 2>/dev/null | grep -qx installed || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:" $$missing; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi
	@# the Dutch locale, so that the application can follow LANG=nl_NL.UTF-8
	@locale -a 2>/dev/null | grep -qix 'nl_NL.utf8' || $(SUDO) localedef -i nl_NL -f UTF-8 nl_NL.UTF-8

$(BUILD)/build.ninja:
	meson setup $(BUILD) $(MESON_OPTS)

build: deps $(BUILD)/build.ninja
	meson compile -C $(BUILD)

run: build
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data SAMENSPEL_LOCALEDIR=$(abspath $(BUILD))/po $(BUILD)/src/samenspel $(EXAMPLE)

test: build
	@rm -f $(BUILD)/meson-logs/testlog.json
	@status=0; \
	xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- \
	  meson test -C $(BUILD) --print-errorlogs --num-processes 2 || status=$$?; \
	python3 tools/test-summary.py $(BUILD)/meson-logs/testlog.json; \
	exit $$status

# The unit suite under memcheck: any invalid read or write, use of an
# uninitialised value or definite leak fails the test (the log is
# $(BUILD)/meson-logs/testlog-valgrind.txt).
VALGRIND = valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
  --show-leak-kinds=definite --suppressions=$(CURDIR)/tools/valgrind.supp --quiet

valgrind: build
	@dpkg-query -W -f='$${db:Status-Status}\n' valgrind 2>/dev/null | grep -qx installed || \
	  { $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive \
	    $(SUDO) apt-get install -y -q --no-install-recommends valgrind; }
	@rm -f $(BUILD)/meson-logs/testlog-valgrind.json
	@status=0; \
	meson test -C $(BUILD) --suite unit --num-processes 2 --timeout-multiplier 20 \
	  --print-errorlogs --wrapper "$(VALGRIND)" || status=$$?; \
	python3 tools/test-summary.py $(BUILD)/meson-logs/testlog-valgrind.json; \
	exit $$status

bench: build
	meson test -C $(BUILD) --benchmark --verbose

clean:
	rm -rf $(BUILD)
