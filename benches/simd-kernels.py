#!/usr/bin/env python3
"""Write simd-kernels.c: 3,000 small loops of mixed element types that clang vectorizes,
for comparing compile throughput on SIMD-heavy and scalar code. benches/fetch-inputs.sh
builds it twice (with and without -msimd128) into the benchmark inputs."""
import random
import sys

random.seed(7)
N = 3000
out = open(sys.argv[1] if len(sys.argv) > 1 else "simd-kernels.c", "w")
out.write("#include <stdint.h>\n")
for k in range(N):
    t = random.choice(["float", "int32_t", "int16_t", "uint8_t", "double"])
    c1, c2 = random.randint(2, 9), random.randint(1, 7)
    body = [
        f"out[i] = a[i] * ({t}){c1} + b[i] * ({t}){c2};",
        f"out[i] = (a[i] > b[i] ? a[i] : b[i]) - ({t}){c2};",
        f"out[i] = ({t})(a[i] + b[i] + ({t}){c1});",
        f"out[i] = a[i] < ({t}){c1} ? b[i] : ({t})(a[i] * b[i]);",
    ][k % 4]
    out.write(f"__attribute__((noinline)) void k{k}({t} *restrict out, const {t} *restrict a, "
              f"const {t} *restrict b, int n) {{ for (int i = 0; i < n; i++) {{ {body} }} }}\n")
out.write("static char buf[3][4096];\nint main(int argc, char **argv) {\n  int n = argc > 1 ? 64 : 32;\n")
for k in range(N):
    out.write(f"  k{k}((void *)buf[0], (void *)buf[1], (void *)buf[2], n);\n")
out.write("  return buf[0][5];\n}\n")
