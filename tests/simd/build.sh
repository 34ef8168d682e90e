#!/usr/bin/env bash
# Build the SIMD test and benchmark programs of tests/simd to wasm32-wasi with Debian's
# clang and wasi-libc (packages clang lld wasi-libc libclang-rt-dev-wasm32), with
# -msimd128. The .wasm files are committed so `cargo test` needs no C toolchain; .ci/run
# rebuilds them and fails if they differ.
# Usage: tests/simd/build.sh [OUTDIR]  (default: next to the sources)
set -euo pipefail
out="$(realpath "${1:-$(dirname "$0")}")"
cd "$(dirname "$0")"
for src in *.c; do
  clang --target=wasm32-wasi -O2 -msimd128 -g0 "$src" -o "$out/${src%.c}.wasm"
done
