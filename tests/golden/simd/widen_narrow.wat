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
;;    13: jb $+0x78
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: vpshufd xmm1, xmm1, 0xee
;;    22: vpmovsxbw xmm1, xmm1
;;    27: movups xmm2, xmmword [rbp + 0x20]
;;    2b: vpmovzxbw xmm2, xmm2
;;    30: vpacksswb xmm1, xmm1, xmm2
;;    34: movups xmm2, xmmword [rbp + 0x20]
;;    38: vpmulhuw xmm15, xmm1, xmm2
;;    3c: vpmullw xmm1, xmm1, xmm2
;;    40: vpunpckhwd xmm1, xmm1, xmm15
;;    45: movups xmm15, xmmword [rip + 0x73]
;;    4d: vpxor xmm1, xmm1, xmm15
;;    52: movups xmm15, xmmword [rip + 0x76]
;;    5a: vpmaddwd xmm1, xmm1, xmm15
;;    5f: movups xmm15, xmmword [rip + 0x79]
;;    67: vpaddd xmm1, xmm1, xmm15
;;    6c: movups xmm2, xmmword [rbp + 0x20]
;;    70: vpshufd xmm15, xmm2, 0x50
;;    75: vpshufd xmm1, xmm1, 0x50
;;    7a: vpmuldq xmm1, xmm1, xmm15
;;    7f: movups xmm2, xmmword [rbp + 0x10]
;;    83: vpackusdw xmm1, xmm1, xmm2
;;    88: movups xmmword [rbp + 0x10], xmm1
;;    8c: mov rsp, rbp
;;    8f: pop rbp
;;    90: ret
;;    91: mov eax, 0x9
;;    96: jmp $+0x16
;;    9b: mov ebx, eax
;;    9d: mov rdi, rbp
;;    a0: lea rsi, qword [rip - 0xc]
;;    a7: and rsp, -0x10
;;    ab: call qword [r14 + 0x30]
;;    af: mov eax, ebx
;;    b1: mov rsp, qword [r13 + 0x8]
;;    b5: ret
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

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT) ====
;; function 0 (240 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7f
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: pshufd xmm1, xmm1, -0x12
;;    22: pmovsxbw xmm1, xmm1
;;    27: movups xmm2, xmmword [rbp + 0x20]
;;    2b: pmovzxbw xmm2, xmm2
;;    30: packsswb xmm1, xmm2
;;    34: movups xmm2, xmmword [rbp + 0x20]
;;    38: movaps xmm15, xmm1
;;    3c: pmulhuw xmm15, xmm2
;;    41: pmullw xmm1, xmm2
;;    45: punpckhwd xmm1, xmm15
;;    4a: movups xmm15, xmmword [rip + 0x6e]
;;    52: pxor xmm1, xmm15
;;    57: movups xmm15, xmmword [rip + 0x71]
;;    5f: pmaddwd xmm1, xmm15
;;    64: movups xmm15, xmmword [rip + 0x74]
;;    6c: paddd xmm1, xmm15
;;    71: movups xmm2, xmmword [rbp + 0x20]
;;    75: pshufd xmm15, xmm2, 0x50
;;    7b: pshufd xmm1, xmm1, 0x50
;;    80: pmuldq xmm1, xmm15
;;    86: movups xmm2, xmmword [rbp + 0x10]
;;    8a: packusdw xmm1, xmm2
;;    8f: movups xmmword [rbp + 0x10], xmm1
;;    93: mov rsp, rbp
;;    96: pop rbp
;;    97: ret
;;    98: mov eax, 0x9
;;    9d: jmp $+0x16
;;    a2: mov ebx, eax
;;    a4: mov rdi, rbp
;;    a7: lea rsi, qword [rip - 0xc]
;;    ae: and rsp, -0x10
;;    b2: call qword [r14 + 0x30]
;;    b6: mov eax, ebx
;;    b8: mov rsp, qword [r13 + 0x8]
;;    bc: ret
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
