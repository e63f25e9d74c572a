# Thin wrapper around CMake. `make demo` and `make test` work on a fresh Debian 12
# machine: they first install the Debian packages acct needs (see `deps`).
#   make [build]        configure and build into build/
#   make test           build, then run every unit and end-to-end test
#   make test SANITIZE=1  the same with ASan + UBSan, in build-asan/
#   make demo           build, then run the main job on the sample portfolio
#   make install PREFIX=/usr/local
#   make po             regenerate po/acct.pot from the code and merge it into each po/*.po
#   make bench [SCALE=0.1]  the performance benchmark (bench/), results in bench/RESULTS.md
#   make fuzz           run each fuzzer for FUZZ_SECONDS (clang + libFuzzer)

PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 30

ifeq ($(SANITIZE),1)
BUILD ?= build-asan
CMAKE_FLAGS += -DACCT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
else
BUILD ?= build
endif

# Build and run-time packages, then what the tests use (shells for completions, man page
# lint, ICS validators, an xlsx reader, sqlite3 for dumps).
BUILD_PACKAGES = g++ cmake make pkg-config ninja-build ccache \
  libcli11-dev libfmt-dev libtomlplusplus-dev libsqlitecpp-dev doctest-dev libsqlite3-dev libutf8proc-dev \
  libxlsxwriter-dev gettext
TEST_PACKAGES = sqlite3 mandoc man-db bash-completion zsh fish python3 python3-icalendar python3-openpyxl khal miller jq tmux
DEMO_PACKAGES = sqlite3

.PHONY: all build test demo install po bench fuzz deps deps-test clean

all: build

deps:
	@sh tools/install-deps.sh $(BUILD_PACKAGES)

deps-test:
	@sh tools/install-deps.sh $(BUILD_PACKAGES) $(TEST_PACKAGES)

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

test: deps-test $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

demo: build
	@sh tools/install-deps.sh $(DEMO_PACKAGES)
	@bash examples/demo.sh $(BUILD)/acct

install: build
	cmake --install $(BUILD) --prefix "$(PREFIX)"

# The message template and the catalogs (man page: LANGUAGES): new messages arrive in each
# catalog untranslated (no fuzzy guesses), gone ones become obsolete (#~); tools/check_po.py
# (run by make test) then names what the translators have left.
po: deps
	sh tools/messages.sh po/acct.pot
	for catalog in po/*.po; do msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-wrap "$$catalog" po/acct.pot; done

# The benchmark (bench/run.sh): SCALE=1 is the full data set
# (1M deals, 1M touches); SCALE=0.1 a tenth. Writes bench/RESULTS.md.
SCALE ?= 1
bench: build
	SCALE=$(SCALE) ACCT_BIN=$(BUILD)/acct bash bench/run.sh

# Fuzzing needs clang and its runtime: a separate build in build-fuzz with every library
# instrumented (ASan + UBSan + fuzzer coverage).
FUZZ_PACKAGES = clang libclang-rt-14-dev
fuzz: deps
	@sh tools/install-deps.sh $(FUZZ_PACKAGES)
	CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DACCT_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug \
	  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
	cmake --build build-fuzz -j $(JOBS) --target $$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$$//')
	@for f in tests/fuzz/fuzz_*.cpp; do n=$$(basename $$f .cpp); c=$${n#fuzz_}; \
	  mkdir -p build-fuzz/corpus/$$c; \
	  echo "fuzzing $$n for $(FUZZ_SECONDS)s"; \
	  build-fuzz/tests/fuzz/$$n -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	    -print_final_stats=1 build-fuzz/corpus/$$c tests/fuzz/corpus/$$c 2>build-fuzz/$$n.log \
	    || { tail -40 build-fuzz/$$n.log; exit 1; }; \
	  grep -E 'stat::number_of_executed_units' build-fuzz/$$n.log; done

clean:
	rm -rf build build-asan build-fuzz
