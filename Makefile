# simmap — make targets for facilitators and developers.
#
#   make demo    install what is missing, build, render the sample maps and a comparison into out/
#   make test    install what is missing, build, and run every test
#   make build   build simmap (debug)
#   make lint    check formatting with swift-format
#   make bench   time whole simmap commands against dot -Tsvg, and a render stage by stage
#   make catalogs  regenerate the compiled-in catalogs after editing Sources/SIMAnalysis/Resources/*.yaml
#   make fuzz    build the libFuzzer target and run it (FUZZ_RUNS executions; docs/fuzzing.md)

SWIFT ?= swift
OUT ?= out
APT_PACKAGES := libgraphviz-dev graphviz fonts-dejavu-core pkg-config
SIMMAP = .build/debug/simmap

.PHONY: all deps build test demo lint format bench catalogs fuzz fuzz-build clean

all: build

# Installs the Debian packages simmap needs, only those that are missing.
deps:
	@command -v $(SWIFT) >/dev/null || { echo "simmap needs Swift 6 (https://www.swift.org/install/); 'swift' was not found." >&2; exit 1; }
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
	  elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq $$missing; \
	  else echo "simmap needs these packages:$$missing" >&2; \
	       echo "Ask an administrator to run: apt-get install -y$$missing" >&2; exit 1; fi; \
	fi

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	@echo "Replaying the fuzz seeds and every sample map through the whole pipeline…"
	.build/debug/simmap-fuzz Fuzz/seeds Examples Maps Tests/Fixtures

demo: build
	@mkdir -p $(OUT)
	@echo "Checking the sample maps…"
	@$(SIMMAP) validate Examples/*.yaml Maps/*.yaml
	@./scripts/demo.sh $(SIMMAP) $(OUT)

lint:
	$(SWIFT) format lint --strict -r Sources Tests

format:
	$(SWIFT) format format -i -r Sources Tests

# Whole commands as processes against dot -Tsvg on the same DOT (interleaved, BENCH_RUNS each),
# then where the time of one render goes, stage by stage. Measured on a release build with the
# Swift standard library linked statically, as installed (its own build folder, .build-bench).
# docs/performance.md shows the figures.
BENCH_RUNS ?= 15
BENCH_BUILD = $(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-bench
bench: deps
	$(BENCH_BUILD) --product simmap
	$(BENCH_BUILD) --product simmap-bench
	./scripts/bench-commands.py --runs $(BENCH_RUNS) --simmap .build-bench/release/simmap
	.build-bench/release/simmap-bench --stages --repeat $(BENCH_RUNS) Examples/tutorial.yaml Maps/lucas-oh-2014.yaml

# The practice and legal-basis catalogs are compiled in as Swift values; this rewrites
# Sources/SIMAnalysis/Catalog/StandardCatalogs+Generated.swift from the YAML (the same test,
# without RECORD_CATALOGS, fails when the file is out of date).
catalogs: deps
	$(SWIFT) build --build-tests
	RECORD_CATALOGS=1 $(SWIFT) test --skip-build --filter GeneratedCatalogTests

# The fuzzer needs its own build: every module instrumented for libFuzzer and AddressSanitizer,
# linked with lld (gold fails on this toolchain's debug info).
FUZZ_RUNS ?= 200000
FUZZ_FLAGS = -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
	-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld

fuzz-build: deps
	$(SWIFT) build -c release --product simmap-fuzz --scratch-path .build-fuzz $(FUZZ_FLAGS)

fuzz: fuzz-build
	./scripts/fuzz.sh $(FUZZ_RUNS)

clean:
	rm -rf .build .build-fuzz .build-bench $(OUT)
