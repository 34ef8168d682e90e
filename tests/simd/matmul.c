// Matrix kernel: C = A * B for 192x192 f32 matrices with f32x4 intrinsics (a row of C
// four columns at a time), checked against a scalar product of the same matrices.
// Usage: matmul [ITERATIONS] (the default is the benchmark's size, about a second)  (prints "matmul ok <checksum>", exits 1 on a mismatch)
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <wasm_simd128.h>

#define N 192

static float a[N][N], b[N][N], c[N][N], ref[N][N];

static void generate(void) {
    uint32_t x = 777;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            x = x * 1664525u + 1013904223u;
            a[i][j] = (float)((x >> 8) % 2001) / 1000.0f - 1.0f;
            x = x * 1664525u + 1013904223u;
            b[i][j] = (float)((x >> 8) % 2001) / 1000.0f - 1.0f;
        }
}

static void matmul_scalar(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            float s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            ref[i][j] = s;
        }
}

static void matmul_simd(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j += 8) {
            v128_t s0 = wasm_f32x4_splat(0), s1 = wasm_f32x4_splat(0);
            for (int k = 0; k < N; k++) {
                v128_t aik = wasm_f32x4_splat(a[i][k]);
                s0 = wasm_f32x4_add(s0, wasm_f32x4_mul(aik, wasm_v128_load(&b[k][j])));
                s1 = wasm_f32x4_add(s1, wasm_f32x4_mul(aik, wasm_v128_load(&b[k][j + 4])));
            }
            wasm_v128_store(&c[i][j], s0);
            wasm_v128_store(&c[i][j + 4], s1);
        }
}

int main(int argc, char **argv) {
    int iterations = argc > 1 ? atoi(argv[1]) : 400;
    generate();
    double checksum = 0;
    for (int it = 0; it < iterations; it++) {
        matmul_simd();
        checksum += c[it % N][(it * 7) % N];
        a[it % N][it % N] += 0.5f;
    }
    matmul_scalar();
    matmul_simd();
    // Same products added in the same order per lane: the results agree exactly.
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            if (c[i][j] != ref[i][j]) {
                printf("matmul mismatch at %d,%d: %f != %f\n", i, j, c[i][j], ref[i][j]);
                return 1;
            }
    printf("matmul ok %.3f\n", checksum);
    return 0;
}
