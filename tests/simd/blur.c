// Image filter: a 3x3 box blur of a generated 8-bit grayscale image, written with the
// wasm_simd128.h intrinsics (16 pixels at a time: widen to 16 bits, add, divide by 9 with a
// multiply-high, narrow), checked against a scalar version of the same filter.
// Usage: blur [ITERATIONS] (the default is the benchmark's size, about a second)  (prints "blur ok <checksum>", exits 1 on a mismatch)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <wasm_simd128.h>

#define W 1024
#define H 768

static uint8_t src[H][W], dst[H][W], ref[H][W];

static void generate(void) {
    uint32_t x = 12345;
    for (int y = 0; y < H; y++)
        for (int i = 0; i < W; i++) {
            x = x * 1103515245u + 12345u;
            src[y][i] = (uint8_t)((x >> 16) ^ (y * 3 + i));
        }
}

// (a * 7282) >> 16 == a / 9 for every sum of nine bytes (a <= 2295).
static uint8_t div9(unsigned a) { return (uint8_t)((a * 7282u) >> 16); }

static void blur_scalar(void) {
    for (int y = 1; y < H - 1; y++)
        for (int x = 1; x < W - 1; x++) {
            unsigned s = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++) s += src[y + dy][x + dx];
            ref[y][x] = div9(s);
        }
}

static v128_t row_sum(const uint8_t *p, int high) {
    v128_t a = wasm_v128_load(p - 1), b = wasm_v128_load(p), c = wasm_v128_load(p + 1);
    if (high)
        return wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_high_u8x16(a), wasm_u16x8_extend_high_u8x16(b)),
                              wasm_u16x8_extend_high_u8x16(c));
    return wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_low_u8x16(a), wasm_u16x8_extend_low_u8x16(b)),
                          wasm_u16x8_extend_low_u8x16(c));
}

static void blur_simd(void) {
    const v128_t nine = wasm_i16x8_splat(7282);
    for (int y = 1; y < H - 1; y++) {
        int x = 1;
        for (; x + 16 <= W - 1; x += 16) {
            v128_t lo = wasm_i16x8_add(wasm_i16x8_add(row_sum(&src[y - 1][x], 0), row_sum(&src[y][x], 0)),
                                       row_sum(&src[y + 1][x], 0));
            v128_t hi = wasm_i16x8_add(wasm_i16x8_add(row_sum(&src[y - 1][x], 1), row_sum(&src[y][x], 1)),
                                       row_sum(&src[y + 1][x], 1));
            // Unsigned multiply-high: the 32-bit products' high halves.
            v128_t lo_q = wasm_u16x8_narrow_i32x4(wasm_u32x4_shr(wasm_u32x4_extmul_low_u16x8(lo, nine), 16),
                                                  wasm_u32x4_shr(wasm_u32x4_extmul_high_u16x8(lo, nine), 16));
            v128_t hi_q = wasm_u16x8_narrow_i32x4(wasm_u32x4_shr(wasm_u32x4_extmul_low_u16x8(hi, nine), 16),
                                                  wasm_u32x4_shr(wasm_u32x4_extmul_high_u16x8(hi, nine), 16));
            wasm_v128_store(&dst[y][x], wasm_u8x16_narrow_i16x8(lo_q, hi_q));
        }
        for (; x < W - 1; x++) {
            unsigned s = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++) s += src[y + dy][x + dx];
            dst[y][x] = div9(s);
        }
    }
}

int main(int argc, char **argv) {
    int iterations = argc > 1 ? atoi(argv[1]) : 1500;
    generate();
    blur_scalar();
    uint32_t checksum = 0;
    for (int i = 0; i < iterations; i++) {
        blur_simd();
        src[i % H][i % W] ^= 1; // keep each round honest
        checksum = checksum * 31 + dst[H / 2][W / 2 + i % 64];
    }
    // Check the last round against the scalar filter of the same input.
    blur_scalar();
    blur_simd();
    for (int y = 1; y < H - 1; y++)
        for (int x = 1; x < W - 1; x++)
            if (dst[y][x] != ref[y][x]) {
                printf("blur mismatch at %d,%d: %d != %d\n", x, y, dst[y][x], ref[y][x]);
                return 1;
            }
    printf("blur ok %u\n", checksum);
    return 0;
}
