#!/usr/bin/env bash
# Build the C test programs of tests/wasi to wasm32-wasi with Debian's clang and wasi-libc
# (packages clang lld wasi-libc libclang-rt-dev-wasm32). The .wasm files are committed so
# `cargo test` needs no C toolchain; .ci/run rebuilds them and fails if they differ.
# Usage: tests/wasi/build.sh [OUTDIR]  (default: next to the sources)
set -euo pipefail
out="$(realpath "${1:-$(dirname "$0")}")"
cd "$(dirname "$0")"
for src in *.c; do
  clang --target=wasm32-wasi -O2 -g0 "$src" -o "$out/${src%.c}.wasm"
done
