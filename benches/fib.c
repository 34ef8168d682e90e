// Recursive, call-heavy code for issue 24's "fib-style at most 1.10x Cranelift" goal.
// clang -O2 turns one of the two calls into a loop (an accumulator), so each level is
// one call, a compare and a few adds: almost all of the time is call, prologue and
// return. Build and compare (paired, whole process, `_start` of each):
//   clang --target=wasm32-wasi -O2 benches/fib.c -o /tmp/fib.wasm
//   farm-bench -n 8 --vs "benches/compare/target/release/onepass-compare run wasmtime-cranelift /tmp/fib.wasm 40" \
//     -- target/release/onepass run /tmp/fib.wasm 40
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 36;
  printf("fib(%d) = %d\n", n, fib(n));
  return 0;
}
