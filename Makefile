# The README's two commands: `make serve` and `make test`. Both bootstrap first.
SHELL := /bin/bash
export PATH := $(CURDIR)/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk never downloads a tool or checks for its own updates here.
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true

.PHONY: serve test bootstrap release e2e size bench

bootstrap:
	@scripts/bootstrap.sh

## Build and serve the app with live reload on http://127.0.0.1:8080
serve: bootstrap
	trunk serve

## Every test: native core tests, a release build, the end-to-end suite, the size report.
test: bootstrap
	cargo test
	$(MAKE) --no-print-directory release e2e size

## Two release builds: at the root, and under a sub-path as on GitHub Pages.
release:
	trunk build --release
	trunk build --release --public-url /backoff/ --dist dist-sub

e2e:
	cd e2e && playwright test

size:
	node scripts/size-report.mjs dist 150000

## Benchmarks (not tests): plate solving natively, and how late "rest over" shows in the page.
bench: bootstrap release
	cargo bench --bench plates
	cd e2e && node bench/timer-latency.mjs
