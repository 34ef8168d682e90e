;; Whole-vector tests into an i32: any_true, all_true, bitmask.
(module
  (func (param v128) (result i32)
    local.get 0 v128.any_true
    local.get 0 i16x8.all_true i32.add
    local.get 0 i8x16.bitmask i32.add
    local.get 0 i16x8.bitmask i32.add
    local.get 0 i64x2.all_true i32.add))

;; ==== x64 ====
;; function 0 (170 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x6c
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: xor ebx, ebx
;;    20: vptest xmm1, xmm1
;;    25: setnz bl
;;    29: movups xmm1, xmmword [rbp + 0x10]
;;    2d: vpxor xmm15, xmm15, xmm15
;;    32: vpcmpeqw xmm15, xmm15, xmm1
;;    36: xor esi, esi
;;    39: vptest xmm15, xmm15
;;    3e: setz sil
;;    42: add ebx, esi
;;    44: movups xmm1, xmmword [rbp + 0x10]
;;    48: vpmovmskb esi, xmm1
;;    4c: add ebx, esi
;;    4e: movups xmm1, xmmword [rbp + 0x10]
;;    52: vpacksswb xmm15, xmm1, xmm1
;;    56: vpmovmskb esi, xmm15
;;    5b: movzx esi, sil
;;    5f: add ebx, esi
;;    61: movups xmm1, xmmword [rbp + 0x10]
;;    65: vpxor xmm15, xmm15, xmm15
;;    6a: vpcmpeqq xmm15, xmm15, xmm1
;;    6f: xor esi, esi
;;    72: vptest xmm15, xmm15
;;    77: setz sil
;;    7b: add ebx, esi
;;    7d: mov dword [rbp + 0x10], ebx
;;    80: mov rsp, rbp
;;    83: pop rbp
;;    84: ret
;;    85: mov eax, 0x9
;;    8a: jmp $+0x16
;;    8f: mov ebx, eax
;;    91: mov rdi, rbp
;;    94: lea rsi, qword [rip - 0xc]
;;    9b: and rsp, -0x10
;;    9f: call qword [r14 + 0x30]
;;    a3: mov eax, ebx
;;    a5: mov rsp, qword [r13 + 0x8]
;;    a9: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (179 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x75
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: xor ebx, ebx
;;    20: ptest xmm1, xmm1
;;    25: setnz bl
;;    29: movups xmm1, xmmword [rbp + 0x10]
;;    2d: pxor xmm15, xmm15
;;    32: pcmpeqw xmm15, xmm1
;;    37: xor esi, esi
;;    3a: ptest xmm15, xmm15
;;    40: setz sil
;;    44: add ebx, esi
;;    46: movups xmm1, xmmword [rbp + 0x10]
;;    4a: pmovmskb esi, xmm1
;;    4e: add ebx, esi
;;    50: movups xmm1, xmmword [rbp + 0x10]
;;    54: movaps xmm15, xmm1
;;    58: packsswb xmm15, xmm1
;;    5d: pmovmskb esi, xmm15
;;    62: movzx esi, sil
;;    66: add ebx, esi
;;    68: movups xmm1, xmmword [rbp + 0x10]
;;    6c: pxor xmm15, xmm15
;;    71: pcmpeqq xmm15, xmm1
;;    77: xor esi, esi
;;    7a: ptest xmm15, xmm15
;;    80: setz sil
;;    84: add ebx, esi
;;    86: mov dword [rbp + 0x10], ebx
;;    89: mov rsp, rbp
;;    8c: pop rbp
;;    8d: ret
;;    8e: mov eax, 0x9
;;    93: jmp $+0x16
;;    98: mov ebx, eax
;;    9a: mov rdi, rbp
;;    9d: lea rsi, qword [rip - 0xc]
;;    a4: and rsp, -0x10
;;    a8: call qword [r14 + 0x30]
;;    ac: mov eax, ebx
;;    ae: mov rsp, qword [r13 + 0x8]
;;    b2: ret

;; ==== aarch64 ====
;; function 0 (288 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x9c
;;    24: ldr q0, [x29, #0x10]
;;    28: umaxp v31.4s, v0.4s, v0.4s
;;    2c: fmov x16, d31
;;    30: cmp x16, #0x0
;;    34: cset w0, ne
;;    38: ldr q0, [x29, #0x10]
;;    3c: uminv h31, v0.8h
;;    40: fmov w16, s31
;;    44: cmp w16, #0x0
;;    48: cset w1, ne
;;    4c: add w0, w0, w1
;;    50: ldr q0, [x29, #0x10]
;;    54: ldr q30, $+0xac
;;    58: sshr v31.16b, v0.16b, #0x7
;;    5c: and v31.16b, v31.16b, v30.16b
;;    60: ext v30.16b, v31.16b, v31.16b, #0x8
;;    64: zip1 v31.16b, v31.16b, v30.16b
;;    68: addv h31, v31.8h
;;    6c: fmov w1, s31
;;    70: add w0, w0, w1
;;    74: ldr q0, [x29, #0x10]
;;    78: ldr q30, $+0x98
;;    7c: sshr v31.8h, v0.8h, #0xf
;;    80: and v31.16b, v31.16b, v30.16b
;;    84: addv h31, v31.8h
;;    88: fmov w1, s31
;;    8c: add w0, w0, w1
;;    90: ldr q0, [x29, #0x10]
;;    94: cmeq v31.2d, v0.2d, #0x0
;;    98: addp d31, v31.2d
;;    9c: fmov x16, d31
;;    a0: cmp x16, #0x0
;;    a4: cset w1, eq
;;    a8: add w0, w0, w1
;;    ac: str w0, [x29, #0x10]
;;    b0: mov sp, x29
;;    b4: ldp x29, x30, [sp], #0x10
;;    b8: ret
;;    bc: mov w0, #0x9
;;    c0: b $+0x24
;;    c4: mov w19, w0
;;    c8: mov x0, x29
;;    cc: adr x1, $-0x8
;;    d0: mov x16, sp
;;    d4: and sp, x16, #0xfffffffffffffff0
;;    d8: ldr x17, [x28, #0x30]
;;    dc: blr x17
;;    e0: mov w0, w19
;;    e4: ldr x16, [x26, #0x8]
;;    e8: ldr x17, [x16]
;;    ec: add sp, x16, #0x10
;;    f0: br x17
;;    f4: udf #0x0
;;    f8: udf #0x0
;;    fc: udf #0x0
;;   100: stxrb w4, w1, [x16]
;;   104: .bytes [10, 20, 40, 80]
;;   108: stxrb w4, w1, [x16]
;;   10c: .bytes [10, 20, 40, 80]
;;   110: .bytes [01, 00, 02, 00]
;;   114: .bytes [04, 00, 08, 00]
;;   118: .bytes [10, 00, 20, 00]
;;   11c: .bytes [40, 00, 80, 00]
