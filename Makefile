# simmap — make targets for facilitators and developers.
#
#   make demo    install what is missing, build, render the sample maps and a comparison into out/
#   make test    install what is missing, build, and run every test
#   make build   build simmap (debug)
#   make lint    check formatting with swift-format
#   make bench   time whole simmap commands against dot -Tsvg, and a render stage by stage
#   make catalogs  regenerate the compiled-in catalogs after editing Sources/SIMAnalysis/Resources/*.yaml
#   make fuzz    build the libFuzzer target and run it (FUZZ_RUNS executions; docs/fuzzing.md)
#   make release   build the release simmap (Swift runtime linked in), its man page and completions
#   make install [PREFIX=/usr/local] [DESTDIR=]   install them (make release, then sudo make install)
#   make uninstall [PREFIX=/usr/local] [DESTDIR=] remove exactly what make install installed
#   make deb       build out/simmap_VERSION_ARCH.deb (docs/install.md)
#   make deb-test  install that package into a fresh Debian bookworm root without Swift and run it (root)

SWIFT ?= swift
OUT ?= out
APT_PACKAGES := libgraphviz-dev graphviz fonts-dejavu-core pkg-config python3-jsonschema python3-yaml
SIMMAP = .build/debug/simmap

.PHONY: all deps build test demo lint format bench catalogs fuzz fuzz-build clean release install uninstall deb deb-test

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
# then where the time of one render goes, stage by stage. simmap is the release build that
# make release installs (Swift standard library linked statically, in $(RELEASE_BUILD)), so the
# two share one build; simmap-bench is an ordinary release build (it uses SIMTestSupport, which
# imports Testing, of which there is no static library). docs/performance.md shows the figures.
BENCH_RUNS ?= 15
bench: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(RELEASE_BUILD) --product simmap
	$(SWIFT) build -c release --product simmap-bench
	./scripts/bench-commands.py --runs $(BENCH_RUNS) --simmap $(RELEASE_BUILD)/release/simmap
	.build/release/simmap-bench --stages --repeat $(BENCH_RUNS) --simmap $(RELEASE_BUILD)/release/simmap \
	  Examples/tutorial.yaml Maps/lucas-oh-2014.yaml

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

# Installing: a release build with the Swift standard library and Foundation linked in, so the
# installed simmap needs only Graphviz and the C libraries. It has its own build folder, so it does
# not rebuild the debug one. `make release` stages what is installed in $(STAGE); the files are
# rebuilt only when the sources change, so `make release && sudo make install` builds as you.
PREFIX ?= /usr/local
DESTDIR ?=
RELEASE_BUILD = .build-release
STAGE = $(RELEASE_BUILD)/stage
STAGED = $(STAGE)/simmap $(STAGE)/simmap.1 $(STAGE)/simmap.bash $(STAGE)/_simmap $(STAGE)/simmap.fish
RELEASE_SOURCES := Package.swift $(shell find Sources Maps -not -path 'Sources/simmap-*' 2>/dev/null)
INSTALLED = $(PREFIX)/bin/simmap \
	$(PREFIX)/share/man/man1/simmap.1 \
	$(PREFIX)/share/bash-completion/completions/simmap \
	$(PREFIX)/share/zsh/site-functions/_simmap \
	$(PREFIX)/share/fish/vendor_completions.d/simmap.fish

release: $(STAGED)

# deps is checked here, not as a prerequisite, so that `sudo make install` of staged files needs no Swift.
$(STAGE)/simmap: $(RELEASE_SOURCES)
	@$(MAKE) --no-print-directory deps
	$(SWIFT) build -c release --static-swift-stdlib --product simmap --scratch-path $(RELEASE_BUILD)
	@mkdir -p $(STAGE)
	strip -o $@ $(RELEASE_BUILD)/release/simmap

# The man page, by swift-argument-parser's manual generator (the tool behind its generate-manual
# plugin), built once in the release build folder and run on the release simmap.
$(STAGE)/simmap.1: $(STAGE)/simmap
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(RELEASE_BUILD) --product generate-manual
	$(RELEASE_BUILD)/release/generate-manual $(STAGE)/simmap --output-directory $(STAGE) \
	  --authors "the simmap maintainers" --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)"
	sed -i 's/^$$/.Pp/' $@   # blank lines of the help text: paragraph breaks, which groff expects

$(STAGE)/simmap.bash: $(STAGE)/simmap
	$(STAGE)/simmap --generate-completion-script bash >$@.tmp
	sed '1{/^#!/d}' $@.tmp >$@ && rm $@.tmp   # sourced, not run: no #! line
$(STAGE)/_simmap: $(STAGE)/simmap
	$(STAGE)/simmap --generate-completion-script zsh >$@
$(STAGE)/simmap.fish: $(STAGE)/simmap
	$(STAGE)/simmap --generate-completion-script fish >$@

install: $(STAGED)
	install -D -m 0755 $(STAGE)/simmap $(DESTDIR)$(PREFIX)/bin/simmap
	install -D -m 0644 $(STAGE)/simmap.1 $(DESTDIR)$(PREFIX)/share/man/man1/simmap.1
	install -D -m 0644 $(STAGE)/simmap.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/simmap
	install -D -m 0644 $(STAGE)/_simmap $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_simmap
	install -D -m 0644 $(STAGE)/simmap.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/simmap.fish
	@echo "Installed simmap $$($(STAGE)/simmap --version) in $(DESTDIR)$(PREFIX)/bin; try: simmap --help, man simmap"

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))

# The Debian package, and its test in a fresh Debian bookworm root (root and debootstrap needed;
# slow, so not part of `make test`). See docs/install.md.
deb: $(STAGED)
	./scripts/build-deb.sh $(STAGE) $(OUT)

deb-test: deb
	./scripts/test-deb.sh

clean:
	rm -rf .build .build-fuzz .build-release $(OUT)
