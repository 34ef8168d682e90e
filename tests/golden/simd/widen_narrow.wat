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
;;    13: jb $+0x77
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
;;    6b: movups xmm2, xmmword [rbp + 0x20]
;;    6f: vpshufd xmm15, xmm2, 0x50
;;    74: vpshufd xmm1, xmm1, 0x50
;;    79: vpmuldq xmm1, xmm1, xmm15
;;    7e: movups xmm2, xmmword [rbp + 0x10]
;;    82: vpackusdw xmm1, xmm1, xmm2
;;    87: movups xmmword [rbp + 0x10], xmm1
;;    8b: mov rsp, rbp
;;    8e: pop rbp
;;    8f: ret
;;    90: mov eax, 0x9
;;    95: jmp $+0x16
;;    9a: mov ebx, eax
;;    9c: mov rdi, rbp
;;    9f: lea rsi, qword [rip - 0xc]
;;    a6: and rsp, -0x10
;;    aa: call qword [r14 + 0x30]
;;    ae: mov eax, ebx
;;    b0: mov rsp, qword [r13 + 0x8]
;;    b4: ret
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
;;    c0: add byte [rax - 0x7fff8000], al
;;    c6: add byte [rax - 0x7fff8000], al
;;    cc: add byte [rax + 0x18000], al
;;    d2: add dword [rax], eax
;;    d4: add dword [rax], eax
;;    d6: add dword [rax], eax
;;    d8: add dword [rax], eax
;;    da: add dword [rax], eax
;;    dc: add dword [rax], eax
;;    de: add dword [rax], eax
;;    e0: add byte [rax], al
;;    e2: add dword [rax], eax
;;    e4: add byte [rax], al
;;    e6: add dword [rax], eax
;;    e8: add byte [rax], al
;;    ea: add dword [rax], eax
;;    ec: add byte [rax], al
;;    ee: add dword [rax], eax

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (240 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7e
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
;;    70: movups xmm2, xmmword [rbp + 0x20]
;;    74: pshufd xmm15, xmm2, 0x50
;;    7a: pshufd xmm1, xmm1, 0x50
;;    7f: pmuldq xmm1, xmm15
;;    85: movups xmm2, xmmword [rbp + 0x10]
;;    89: packusdw xmm1, xmm2
;;    8e: movups xmmword [rbp + 0x10], xmm1
;;    92: mov rsp, rbp
;;    95: pop rbp
;;    96: ret
;;    97: mov eax, 0x9
;;    9c: jmp $+0x16
;;    a1: mov ebx, eax
;;    a3: mov rdi, rbp
;;    a6: lea rsi, qword [rip - 0xc]
;;    ad: and rsp, -0x10
;;    b1: call qword [r14 + 0x30]
;;    b5: mov eax, ebx
;;    b7: mov rsp, qword [r13 + 0x8]
;;    bb: ret
;;    bc: int 0x3
;;    bd: int 0x3
;;    be: int 0x3
;;    bf: int 0x3
;;    c0: add byte [rax - 0x7fff8000], al
;;    c6: add byte [rax - 0x7fff8000], al
;;    cc: add byte [rax + 0x18000], al
;;    d2: add dword [rax], eax
;;    d4: add dword [rax], eax
;;    d6: add dword [rax], eax
;;    d8: add dword [rax], eax
;;    da: add dword [rax], eax
;;    dc: add dword [rax], eax
;;    de: add dword [rax], eax
;;    e0: add byte [rax], al
;;    e2: add dword [rax], eax
;;    e4: add byte [rax], al
;;    e6: add dword [rax], eax
;;    e8: add byte [rax], al
;;    ea: add dword [rax], eax
;;    ec: add byte [rax], al
;;    ee: add dword [rax], eax

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x4c
;;    24: ldr q0, [x29, #0x10]
;;    28: sshll2 v0.8h, v0.16b, #0x0
;;    2c: ldr q1, [x29, #0x20]
;;    30: ushll v1.8h, v1.8b, #0x0
;;    34: sqxtn v0.8b, v0.8h
;;    38: sqxtn2 v0.16b, v1.8h
;;    3c: ldr q1, [x29, #0x20]
;;    40: umull2 v0.4s, v0.8h, v1.8h
;;    44: uaddlp v0.4s, v0.8h
;;    48: ldr q1, [x29, #0x20]
;;    4c: smull v0.2d, v0.2s, v1.2s
;;    50: ldr q1, [x29, #0x10]
;;    54: sqxtun v0.4h, v0.4s
;;    58: sqxtun2 v0.8h, v1.4s
;;    5c: str q0, [x29, #0x10]
;;    60: mov sp, x29
;;    64: ldp x29, x30, [sp], #0x10
;;    68: ret
;;    6c: mov w0, #0x9
;;    70: b $+0x24
;;    74: mov w19, w0
;;    78: mov x0, x29
;;    7c: adr x1, $-0x8
;;    80: mov x16, sp
;;    84: and sp, x16, #0xfffffffffffffff0
;;    88: ldr x17, [x28, #0x30]
;;    8c: blr x17
;;    90: mov w0, w19
;;    94: ldr x16, [x26, #0x8]
;;    98: ldr x17, [x16]
;;    9c: add sp, x16, #0x10
;;    a0: br x17
