#!/usr/bin/env bash
# Fetch the benchmark inputs (never committed) into $ONEPASS_BENCH_INPUTS (default
# target/bench-inputs): esbuild.wasm and yosys.core.wasm from npm, coremark and polybench
# from the PyPI package `wasure`. Skips what is already there.
set -euo pipefail
dest="${ONEPASS_BENCH_INPUTS:-$(cd "$(dirname "$0")/.." && pwd)/target/bench-inputs}"
mkdir -p "$dest"
cd "$dest"
if [ ! -f esbuild.wasm ] || [ ! -f yosys.core.wasm ]; then
  mkdir -p npm
  (cd npm && npm install --silent --ignore-scripts --no-audit --no-fund esbuild-wasm @yowasp/yosys >/dev/null)
  cp npm/node_modules/esbuild-wasm/esbuild.wasm esbuild.wasm
  cp npm/node_modules/@yowasp/yosys/gen/yosys.core.wasm yosys.core.wasm
fi
if [ ! -d wasure ]; then
  mkdir -p pypi
  pip download --quiet --no-deps wasure -d pypi
  python3 -m zipfile -e pypi/wasure-*.whl pypi/extracted
  mkdir -p wasure
  cp -r pypi/extracted/wasure/benchmarks/coremark pypi/extracted/wasure/benchmarks/polybench wasure/
fi
echo "benchmark inputs in $dest:"
ls "$dest" "$dest/wasure"
