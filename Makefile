# The README's two commands: `make serve` and `make test`. Both bootstrap first.
SHELL := /bin/bash
export PATH := $(CURDIR)/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk never downloads a tool or checks for its own updates here.
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true
# Source paths in the wasm (stable builds keep panic locations) stay short.
REMAP := --remap-path-prefix=$(HOME)/.cargo/registry/src= --remap-path-prefix=$(CURDIR)=
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := $(REMAP)
# Release builds of the page use one date-pinned nightly (named in ./release-toolchain, and
# only there) that rebuilds std for size: no panic messages, locations or Debug formatting in the
# page. Native tests, clippy and `make serve` stay on the machine's stable toolchain.
NIGHTLY := $(shell cat $(CURDIR)/release-toolchain)
RELEASE_ENV := RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(REMAP) -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"

.PHONY: serve test bootstrap lint release pages e2e size bench fuzz screenshots

bootstrap:
	@scripts/bootstrap.sh

## Build and serve the app with live reload on http://127.0.0.1:8080
serve: bootstrap
	trunk serve

## Every test: native core tests, a release build, the end-to-end suite, the size report.
test: bootstrap
	cargo test
	$(MAKE) --no-print-directory lint release e2e size

## Clippy on the core (native) and the page (wasm); unwrap/expect/panic are denied outside tests.
lint:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -- -D warnings

## Two release builds (on the pinned nightly): at the root, and under a sub-path as on GitHub
## Pages.
release:
	$(RELEASE_ENV) trunk build --release
	$(RELEASE_ENV) trunk build --release --public-url /backoff/ --dist dist-sub

## The release build for GitHub Pages, under PUBLIC_URL (/<repository>/), in dist-pages.
pages:
	$(RELEASE_ENV) trunk build --release --public-url $(PUBLIC_URL) --dist dist-pages

e2e:
	cd e2e && playwright test

## Fails when the first load grows past 160,000 bytes gzipped (issue 25: the budget is set by
## what a lifter feels, measured in `make bench`); prints what each page loads.
size:
	node scripts/size-report.mjs dist 160000

## The README's screenshots (docs/*.png), from the release build at phone sizes.
screenshots: bootstrap release
	cd e2e && node screenshots.mjs

## Benchmarks (not tests): plate solving natively, five years of history natively and in the
## page (shown, and a Strong export read and imported), how late "rest over" shows in the page,
## and Lighthouse (mobile preset) against the release build served with gzip.
bench: bootstrap release
	cargo bench --bench plates
	cargo bench --bench history
	cargo bench --bench plate_moves
	cd e2e && node bench/timer-latency.mjs
	cd e2e && node bench/history-import.mjs
	cd e2e && node bench/first-paint.mjs
	cd e2e/bench && { [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund; } && node lighthouse.mjs

## 100,000 generated inputs for each decoder and parser, and 5,000 random action sequences of
## the page state (property tests, release mode).
fuzz:
	PROPTEST_CASES=100000 cargo test --release --test fuzz_decoders
	PROPTEST_CASES=5000 cargo test --release --test page_state
