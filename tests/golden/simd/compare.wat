;; Comparisons: signed (pcmpgt, swapped for lt), unsigned (through pmaxu/pminu), i64x2, and
;; float (cmpps predicates, swapped for gt/ge).
(module
  (func (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.lt_s
    local.get 0 local.get 1 i16x8.ge_u
    v128.and
    local.get 0 local.get 1 i64x2.gt_s
    v128.or
    local.get 0 local.get 1 f32x4.gt
    v128.xor
    local.get 0 local.get 1 f64x2.ne
    v128.and))

;; ==== x64 ====
;; function 0 (156 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5e
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: vpcmpgtb xmm2, xmm1, xmm2
;;    25: movups xmm1, xmmword [rbp + 0x20]
;;    29: movups xmm3, xmmword [rbp + 0x10]
;;    2d: vpmaxuw xmm15, xmm3, xmm1
;;    32: vpcmpeqw xmm3, xmm3, xmm15
;;    37: vpand xmm2, xmm2, xmm3
;;    3b: movups xmm1, xmmword [rbp + 0x20]
;;    3f: movups xmm3, xmmword [rbp + 0x10]
;;    43: vpcmpgtq xmm3, xmm3, xmm1
;;    48: vpor xmm2, xmm2, xmm3
;;    4c: movups xmm1, xmmword [rbp + 0x20]
;;    50: movups xmm3, xmmword [rbp + 0x10]
;;    54: vcmpps xmm3, xmm1, xmm3, 0x1
;;    59: vpxor xmm2, xmm2, xmm3
;;    5d: movups xmm1, xmmword [rbp + 0x20]
;;    61: movups xmm3, xmmword [rbp + 0x10]
;;    65: vcmppd xmm3, xmm3, xmm1, 0x4
;;    6a: vpand xmm2, xmm2, xmm3
;;    6e: movups xmmword [rbp + 0x10], xmm2
;;    72: mov rsp, rbp
;;    75: pop rbp
;;    76: ret
;;    77: mov eax, 0x9
;;    7c: jmp $+0x16
;;    81: mov ebx, eax
;;    83: mov rdi, rbp
;;    86: lea rsi, qword [rip - 0xc]
;;    8d: and rsp, -0x10
;;    91: call qword [r14 + 0x30]
;;    95: mov eax, ebx
;;    97: mov rsp, qword [r13 + 0x8]
;;    9b: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (178 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x74
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: movaps xmm15, xmm1
;;    25: pcmpgtb xmm15, xmm2
;;    2a: movaps xmm2, xmm15
;;    2e: movups xmm1, xmmword [rbp + 0x20]
;;    32: movups xmm3, xmmword [rbp + 0x10]
;;    36: movaps xmm15, xmm3
;;    3a: pmaxuw xmm15, xmm1
;;    40: pcmpeqw xmm3, xmm15
;;    45: pand xmm2, xmm3
;;    49: movups xmm1, xmmword [rbp + 0x20]
;;    4d: movups xmm3, xmmword [rbp + 0x10]
;;    51: pcmpgtq xmm3, xmm1
;;    56: por xmm2, xmm3
;;    5a: movups xmm1, xmmword [rbp + 0x20]
;;    5e: movups xmm3, xmmword [rbp + 0x10]
;;    62: movaps xmm15, xmm1
;;    66: cmpps xmm15, xmm3, 0x1
;;    6b: movaps xmm3, xmm15
;;    6f: pxor xmm2, xmm3
;;    73: movups xmm1, xmmword [rbp + 0x20]
;;    77: movups xmm3, xmmword [rbp + 0x10]
;;    7b: cmppd xmm3, xmm1, 0x4
;;    80: pand xmm2, xmm3
;;    84: movups xmmword [rbp + 0x10], xmm2
;;    88: mov rsp, rbp
;;    8b: pop rbp
;;    8c: ret
;;    8d: mov eax, 0x9
;;    92: jmp $+0x16
;;    97: mov ebx, eax
;;    99: mov rdi, rbp
;;    9c: lea rsi, qword [rip - 0xc]
;;    a3: and rsp, -0x10
;;    a7: call qword [r14 + 0x30]
;;    ab: mov eax, ebx
;;    ad: mov rsp, qword [r13 + 0x8]
;;    b1: ret

;; ==== aarch64 ====
;; function 0 (188 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x64
;;    24: ldr q0, [x29, #0x20]
;;    28: ldr q1, [x29, #0x10]
;;    2c: cmgt v1.16b, v0.16b, v1.16b
;;    30: ldr q0, [x29, #0x20]
;;    34: ldr q2, [x29, #0x10]
;;    38: cmhs v2.8h, v2.8h, v0.8h
;;    3c: and v1.16b, v1.16b, v2.16b
;;    40: ldr q0, [x29, #0x20]
;;    44: ldr q2, [x29, #0x10]
;;    48: cmgt v2.2d, v2.2d, v0.2d
;;    4c: orr v1.16b, v1.16b, v2.16b
;;    50: ldr q0, [x29, #0x20]
;;    54: ldr q2, [x29, #0x10]
;;    58: fcmgt v2.4s, v2.4s, v0.4s
;;    5c: eor v1.16b, v1.16b, v2.16b
;;    60: ldr q0, [x29, #0x20]
;;    64: ldr q2, [x29, #0x10]
;;    68: fcmeq v2.2d, v2.2d, v0.2d
;;    6c: mvn v2.16b, v2.16b
;;    70: and v1.16b, v1.16b, v2.16b
;;    74: str q1, [x29, #0x10]
;;    78: mov sp, x29
;;    7c: ldp x29, x30, [sp], #0x10
;;    80: ret
;;    84: mov w0, #0x9
;;    88: b $+0x24
;;    8c: mov w19, w0
;;    90: mov x0, x29
;;    94: adr x1, $-0x8
;;    98: mov x16, sp
;;    9c: and sp, x16, #0xfffffffffffffff0
;;    a0: ldr x17, [x28, #0x30]
;;    a4: blr x17
;;    a8: mov w0, w19
;;    ac: ldr x16, [x26, #0x8]
;;    b0: ldr x17, [x16]
;;    b4: add sp, x16, #0x10
;;    b8: br x17
