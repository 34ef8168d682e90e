;; Whole-vector tests into an i32: any_true, all_true, bitmask.
(module
  (func (param v128) (result i32)
    local.get 0 v128.any_true
    local.get 0 i16x8.all_true i32.add
    local.get 0 i8x16.bitmask i32.add
    local.get 0 i16x8.bitmask i32.add
    local.get 0 i64x2.all_true i32.add))

;; ==== x64 ====
;; function 0 (154 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5c
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: xor ebx, ebx
;;    20: vptest xmm1, xmm1
;;    25: setnz bl
;;    29: vpxor xmm15, xmm15, xmm15
;;    2e: vpcmpeqw xmm15, xmm15, xmm1
;;    32: xor esi, esi
;;    35: vptest xmm15, xmm15
;;    3a: setz sil
;;    3e: add ebx, esi
;;    40: vpmovmskb esi, xmm1
;;    44: add ebx, esi
;;    46: vpacksswb xmm15, xmm1, xmm1
;;    4a: vpmovmskb esi, xmm15
;;    4f: movzx esi, sil
;;    53: add ebx, esi
;;    55: vpxor xmm15, xmm15, xmm15
;;    5a: vpcmpeqq xmm15, xmm15, xmm1
;;    5f: xor esi, esi
;;    62: vptest xmm15, xmm15
;;    67: setz sil
;;    6b: add ebx, esi
;;    6d: mov dword [rbp + 0x10], ebx
;;    70: mov rsp, rbp
;;    73: pop rbp
;;    74: ret
;;    75: mov eax, 0x9
;;    7a: jmp $+0x16
;;    7f: mov ebx, eax
;;    81: mov rdi, rbp
;;    84: lea rsi, qword [rip - 0xc]
;;    8b: and rsp, -0x10
;;    8f: call qword [r14 + 0x30]
;;    93: mov eax, ebx
;;    95: mov rsp, qword [r13 + 0x8]
;;    99: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (163 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x65
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: xor ebx, ebx
;;    20: ptest xmm1, xmm1
;;    25: setnz bl
;;    29: pxor xmm15, xmm15
;;    2e: pcmpeqw xmm15, xmm1
;;    33: xor esi, esi
;;    36: ptest xmm15, xmm15
;;    3c: setz sil
;;    40: add ebx, esi
;;    42: pmovmskb esi, xmm1
;;    46: add ebx, esi
;;    48: movaps xmm15, xmm1
;;    4c: packsswb xmm15, xmm1
;;    51: pmovmskb esi, xmm15
;;    56: movzx esi, sil
;;    5a: add ebx, esi
;;    5c: pxor xmm15, xmm15
;;    61: pcmpeqq xmm15, xmm1
;;    67: xor esi, esi
;;    6a: ptest xmm15, xmm15
;;    70: setz sil
;;    74: add ebx, esi
;;    76: mov dword [rbp + 0x10], ebx
;;    79: mov rsp, rbp
;;    7c: pop rbp
;;    7d: ret
;;    7e: mov eax, 0x9
;;    83: jmp $+0x16
;;    88: mov ebx, eax
;;    8a: mov rdi, rbp
;;    8d: lea rsi, qword [rip - 0xc]
;;    94: and rsp, -0x10
;;    98: call qword [r14 + 0x30]
;;    9c: mov eax, ebx
;;    9e: mov rsp, qword [r13 + 0x8]
;;    a2: ret

;; ==== aarch64 ====
;; function 0 (272 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x8c
;;    24: ldr q0, [x29, #0x10]
;;    28: umaxp v31.4s, v0.4s, v0.4s
;;    2c: fmov x16, d31
;;    30: cmp x16, #0x0
;;    34: cset w0, ne
;;    38: uminv h31, v0.8h
;;    3c: fmov w16, s31
;;    40: cmp w16, #0x0
;;    44: cset w1, ne
;;    48: add w0, w0, w1
;;    4c: ldr q30, $+0xa4
;;    50: sshr v31.16b, v0.16b, #0x7
;;    54: and v31.16b, v31.16b, v30.16b
;;    58: ext v30.16b, v31.16b, v31.16b, #0x8
;;    5c: zip1 v31.16b, v31.16b, v30.16b
;;    60: addv h31, v31.8h
;;    64: fmov w1, s31
;;    68: add w0, w0, w1
;;    6c: ldr q30, $+0x94
;;    70: sshr v31.8h, v0.8h, #0xf
;;    74: and v31.16b, v31.16b, v30.16b
;;    78: addv h31, v31.8h
;;    7c: fmov w1, s31
;;    80: add w0, w0, w1
;;    84: cmeq v31.2d, v0.2d, #0x0
;;    88: addp d31, v31.2d
;;    8c: fmov x16, d31
;;    90: cmp x16, #0x0
;;    94: cset w1, eq
;;    98: add w0, w0, w1
;;    9c: str w0, [x29, #0x10]
;;    a0: mov sp, x29
;;    a4: ldp x29, x30, [sp], #0x10
;;    a8: ret
;;    ac: mov w0, #0x9
;;    b0: b $+0x24
;;    b4: mov w19, w0
;;    b8: mov x0, x29
;;    bc: adr x1, $-0x8
;;    c0: mov x16, sp
;;    c4: and sp, x16, #0xfffffffffffffff0
;;    c8: ldr x17, [x28, #0x30]
;;    cc: blr x17
;;    d0: mov w0, w19
;;    d4: ldr x16, [x26, #0x8]
;;    d8: ldr x17, [x16]
;;    dc: add sp, x16, #0x10
;;    e0: br x17
;;    e4: udf #0x0
;;    e8: udf #0x0
;;    ec: udf #0x0
;;    f0: stxrb w4, w1, [x16]
;;    f4: .bytes [10, 20, 40, 80]
;;    f8: stxrb w4, w1, [x16]
;;    fc: .bytes [10, 20, 40, 80]
;;   100: .bytes [01, 00, 02, 00]
;;   104: .bytes [04, 00, 08, 00]
;;   108: .bytes [10, 00, 20, 00]
;;   10c: .bytes [40, 00, 80, 00]
