;; Widening and narrowing: extend low/high, extmul, extadd_pairwise, narrow.
(module
  (func (param v128 v128) (result v128)
    local.get 0 i16x8.extend_high_i8x16_s
    local.get 1 i16x8.extend_low_i8x16_u
    i8x16.narrow_i16x8_s
    local.get 1 i32x4.extmul_high_i16x8_u
    i32x4.extadd_pairwise_i16x8_u
    local.get 1 i64x2.extmul_low_i32x4_s
    local.get 0 i16x8.narrow_i32x4_u))

;; ==== x64 ====
;; function 0 (240 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x73
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: vpunpckhbw xmm1, xmm1, xmm1
;;    21: vpsraw xmm1, xmm1, 0x8
;;    26: movups xmm2, xmmword [rbp + 0x20]
;;    2a: vpmovzxbw xmm2, xmm2
;;    2f: vpacksswb xmm1, xmm1, xmm2
;;    33: movups xmm2, xmmword [rbp + 0x20]
;;    37: vpmulhuw xmm15, xmm1, xmm2
;;    3b: vpmullw xmm1, xmm1, xmm2
;;    3f: vpunpckhwd xmm1, xmm1, xmm15
;;    44: movups xmm15, xmmword [rip + 0x74]
;;    4c: vpxor xmm1, xmm1, xmm15
;;    51: movups xmm15, xmmword [rip + 0x77]
;;    59: vpmaddwd xmm1, xmm1, xmm15
;;    5e: movups xmm15, xmmword [rip + 0x7a]
;;    66: vpaddd xmm1, xmm1, xmm15
;;    6b: vpshufd xmm15, xmm2, 0x50
;;    70: vpshufd xmm1, xmm1, 0x50
;;    75: vpmuldq xmm1, xmm1, xmm15
;;    7a: movups xmm3, xmmword [rbp + 0x10]
;;    7e: vpackusdw xmm1, xmm1, xmm3
;;    83: movups xmmword [rbp + 0x10], xmm1
;;    87: mov rsp, rbp
;;    8a: pop rbp
;;    8b: ret
;;    8c: mov eax, 0x9
;;    91: jmp $+0x16
;;    96: mov ebx, eax
;;    98: mov rdi, rbp
;;    9b: lea rsi, qword [rip - 0xc]
;;    a2: and rsp, -0x10
;;    a6: call qword [r14 + 0x30]
;;    aa: mov eax, ebx
;;    ac: mov rsp, qword [r13 + 0x8]
;;    b0: ret
;;    b1: int 0x3
;;    b2: int 0x3
;;    b3: int 0x3
;;    b4: int 0x3
;;    b5: int 0x3
;;    b6: int 0x3
;;    b7: int 0x3
;;    b8: int 0x3
;;    b9: int 0x3
;;    ba: int 0x3
;;    bb: int 0x3
;;    bc: int 0x3
;;    bd: int 0x3
;;    be: int 0x3
;;    bf: int 0x3
;;    c0: .word 0x80008000
;;    c4: .word 0x80008000
;;    c8: .word 0x80008000
;;    cc: .word 0x80008000
;;    d0: .word 0x00010001
;;    d4: .word 0x00010001
;;    d8: .word 0x00010001
;;    dc: .word 0x00010001
;;    e0: .word 0x00010000
;;    e4: .word 0x00010000
;;    e8: .word 0x00010000
;;    ec: .word 0x00010000

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (240 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7a
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: punpckhbw xmm1, xmm1
;;    21: psraw xmm1, 0x8
;;    26: movups xmm2, xmmword [rbp + 0x20]
;;    2a: pmovzxbw xmm2, xmm2
;;    2f: packsswb xmm1, xmm2
;;    33: movups xmm2, xmmword [rbp + 0x20]
;;    37: movaps xmm15, xmm1
;;    3b: pmulhuw xmm15, xmm2
;;    40: pmullw xmm1, xmm2
;;    44: punpckhwd xmm1, xmm15
;;    49: movups xmm15, xmmword [rip + 0x6f]
;;    51: pxor xmm1, xmm15
;;    56: movups xmm15, xmmword [rip + 0x72]
;;    5e: pmaddwd xmm1, xmm15
;;    63: movups xmm15, xmmword [rip + 0x75]
;;    6b: paddd xmm1, xmm15
;;    70: pshufd xmm15, xmm2, 0x50
;;    76: pshufd xmm1, xmm1, 0x50
;;    7b: pmuldq xmm1, xmm15
;;    81: movups xmm3, xmmword [rbp + 0x10]
;;    85: packusdw xmm1, xmm3
;;    8a: movups xmmword [rbp + 0x10], xmm1
;;    8e: mov rsp, rbp
;;    91: pop rbp
;;    92: ret
;;    93: mov eax, 0x9
;;    98: jmp $+0x16
;;    9d: mov ebx, eax
;;    9f: mov rdi, rbp
;;    a2: lea rsi, qword [rip - 0xc]
;;    a9: and rsp, -0x10
;;    ad: call qword [r14 + 0x30]
;;    b1: mov eax, ebx
;;    b3: mov rsp, qword [r13 + 0x8]
;;    b7: ret
;;    b8: int 0x3
;;    b9: int 0x3
;;    ba: int 0x3
;;    bb: int 0x3
;;    bc: int 0x3
;;    bd: int 0x3
;;    be: int 0x3
;;    bf: int 0x3
;;    c0: .word 0x80008000
;;    c4: .word 0x80008000
;;    c8: .word 0x80008000
;;    cc: .word 0x80008000
;;    d0: .word 0x00010001
;;    d4: .word 0x00010001
;;    d8: .word 0x00010001
;;    dc: .word 0x00010001
;;    e0: .word 0x00010000
;;    e4: .word 0x00010000
;;    e8: .word 0x00010000
;;    ec: .word 0x00010000

;; ==== aarch64 ====
;; function 0 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x48
;;    20: ldr q0, [x29, #0x10]
;;    24: sshll2 v0.8h, v0.16b, #0x0
;;    28: ldr q1, [x29, #0x20]
;;    2c: ushll v1.8h, v1.8b, #0x0
;;    30: sqxtn v0.8b, v0.8h
;;    34: sqxtn2 v0.16b, v1.8h
;;    38: ldr q1, [x29, #0x20]
;;    3c: umull2 v0.4s, v0.8h, v1.8h
;;    40: uaddlp v0.4s, v0.8h
;;    44: smull v0.2d, v0.2s, v1.2s
;;    48: ldr q2, [x29, #0x10]
;;    4c: sqxtun v0.4h, v0.4s
;;    50: sqxtun2 v0.8h, v2.4s
;;    54: str q0, [x29, #0x10]
;;    58: mov sp, x29
;;    5c: ldp x29, x30, [sp], #0x10
;;    60: ret
;;    64: mov w0, #0x9
;;    68: b $+0x24
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
