#!/usr/bin/env bash
# Installs what building and testing Backoff needs, and only what is missing or at the wrong
# version. Both README commands call it; running it twice does nothing the second time.
# Nothing here downloads a browser or a tool binary: everything comes from crates.io, npm and
# Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14 # 0.22 needs a newer rustc than this machine's
# wasm-bindgen-cli must be the exact version the crate links (pinned with = in Cargo.toml).
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"

say() { echo "bootstrap: $*"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: present"
else
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Release builds of the page use one nightly, pinned by date in ./release-toolchain.
NIGHTLY=$(cat release-toolchain)
nightly_ready() {
  rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1 &&
    rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -qx rust-src &&
    rustup target list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}
if nightly_ready; then
  say "release toolchain $NIGHTLY (rust-src, wasm32): present"
else
  say "installing the release toolchain $NIGHTLY with rust-src and the wasm32 target"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi
# build-std compiles the standard library's own dependencies: fetched here, so the build itself
# needs no network. Nothing is downloaded once they are in cargo's cache.
say "fetching what the release build's std needs (cached after the first time)"
RUSTUP_TOOLCHAIN="$NIGHTLY" cargo fetch --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown

if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "installing trunk $TRUNK_VERSION (compiles for about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $BINDGEN_VERSION: present"
else
  # Not --locked: 0.2.130's own lockfile names a dependency version the registry no longer
  # resolves. The unlocked install resolves and was checked to build and run.
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (compiles for about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

lock_sum=$(sha256sum e2e/package-lock.json | cut -d' ' -f1)
if [ -f e2e/node_modules/.installed-lock ] && [ "$(cat e2e/node_modules/.installed-lock)" = "$lock_sum" ]; then
  say "e2e node modules (playwright, binaryen's wasm-opt): present"
else
  say "installing e2e node modules with npm ci (no browser download)"
  (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  echo "$lock_sum" > e2e/node_modules/.installed-lock
fi
say "$(wasm-opt --version)"

CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  say "chromium: $CHROMIUM"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
else
  echo "bootstrap: Chromium is missing. Install Debian's packages as root:" >&2
  echo "    sudo apt-get install chromium chromium-driver" >&2
  echo "or point CHROMIUM_PATH at a Chromium binary." >&2
  exit 1
fi
