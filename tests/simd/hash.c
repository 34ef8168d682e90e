// Hash: a four-lane multiply-rotate-xor hash (in the style of xxHash's lanes) over a
// generated buffer, with i32x4 multiply, shifts and xor, and a bytewise histogram with
// i8x16 compares and popcnt-free bitmask counting; checked against scalar versions.
// Usage: hash [ITERATIONS] (the default is the benchmark's size, about a second)  (prints "hash ok <hash>", exits 1 on a mismatch)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasm_simd128.h>

#define BYTES (1 << 20)
static uint8_t data[BYTES];

static const uint32_t P1 = 2654435761u, P2 = 2246822519u;

static uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static uint32_t hash_scalar(const uint8_t *p, size_t n) {
    uint32_t v[4] = {1, 2, 3, 4};
    for (size_t i = 0; i < n; i += 16)
        for (int l = 0; l < 4; l++) {
            uint32_t w;
            memcpy(&w, p + i + 4 * l, 4);
            v[l] = rotl(v[l] + w * P2, 13) * P1;
        }
    return rotl(v[0], 1) ^ rotl(v[1], 7) ^ rotl(v[2], 12) ^ rotl(v[3], 18);
}

static uint32_t hash_simd(const uint8_t *p, size_t n) {
    v128_t v = wasm_i32x4_make(1, 2, 3, 4);
    const v128_t p1 = wasm_i32x4_splat((int32_t)P1), p2 = wasm_i32x4_splat((int32_t)P2);
    for (size_t i = 0; i < n; i += 16) {
        v128_t w = wasm_v128_load(p + i);
        v = wasm_i32x4_add(v, wasm_i32x4_mul(w, p2));
        v = wasm_v128_or(wasm_i32x4_shl(v, 13), wasm_u32x4_shr(v, 19));
        v = wasm_i32x4_mul(v, p1);
    }
    uint32_t l[4];
    wasm_v128_store(l, v);
    return rotl(l[0], 1) ^ rotl(l[1], 7) ^ rotl(l[2], 12) ^ rotl(l[3], 18);
}

/// How many bytes equal `b`.
static uint32_t count_scalar(const uint8_t *p, size_t n, uint8_t b) {
    uint32_t c = 0;
    for (size_t i = 0; i < n; i++) c += p[i] == b;
    return c;
}

static uint32_t count_simd(const uint8_t *p, size_t n, uint8_t b) {
    const v128_t needle = wasm_i8x16_splat((int8_t)b);
    v128_t acc = wasm_i32x4_splat(0);
    for (size_t i = 0; i < n; i += 16) {
        v128_t eq = wasm_i8x16_eq(wasm_v128_load(p + i), needle); // -1 where equal
        acc = wasm_i32x4_sub(acc, wasm_i32x4_extadd_pairwise_i16x8(wasm_i16x8_extadd_pairwise_i8x16(eq)));
    }
    return (uint32_t)(wasm_i32x4_extract_lane(acc, 0) + wasm_i32x4_extract_lane(acc, 1) +
                      wasm_i32x4_extract_lane(acc, 2) + wasm_i32x4_extract_lane(acc, 3));
}

int main(int argc, char **argv) {
    int iterations = argc > 1 ? atoi(argv[1]) : 1500;
    uint32_t x = 99;
    for (size_t i = 0; i < BYTES; i++) {
        x = x * 1103515245u + 12345u;
        data[i] = (uint8_t)(x >> 19);
    }
    uint32_t h = 0, counts = 0;
    for (int it = 0; it < iterations; it++) {
        h ^= hash_simd(data, BYTES);
        counts += count_simd(data, BYTES, (uint8_t)it);
        data[it] ^= 0x5a;
    }
    if (hash_simd(data, BYTES) != hash_scalar(data, BYTES)) {
        printf("hash mismatch\n");
        return 1;
    }
    for (int b = 0; b < 256; b += 37)
        if (count_simd(data, BYTES, (uint8_t)b) != count_scalar(data, BYTES, (uint8_t)b)) {
            printf("count mismatch for %d\n", b);
            return 1;
        }
    printf("hash ok %08x %u\n", h, counts);
    return 0;
}
