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
;; function 0 (256 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x8c
;;    20: ldr q0, [x29, #0x10]
;;    24: umaxp v31.4s, v0.4s, v0.4s
;;    28: fmov x16, d31
;;    2c: cmp x16, #0x0
;;    30: cset w0, ne
;;    34: uminv h31, v0.8h
;;    38: fmov w16, s31
;;    3c: cmp w16, #0x0
;;    40: cset w1, ne
;;    44: add w0, w0, w1
;;    48: ldr q30, $+0x98
;;    4c: sshr v31.16b, v0.16b, #0x7
;;    50: and v31.16b, v31.16b, v30.16b
;;    54: ext v30.16b, v31.16b, v31.16b, #0x8
;;    58: zip1 v31.16b, v31.16b, v30.16b
;;    5c: addv h31, v31.8h
;;    60: fmov w1, s31
;;    64: add w0, w0, w1
;;    68: ldr q30, $+0x88
;;    6c: sshr v31.8h, v0.8h, #0xf
;;    70: and v31.16b, v31.16b, v30.16b
;;    74: addv h31, v31.8h
;;    78: fmov w1, s31
;;    7c: add w0, w0, w1
;;    80: cmeq v31.2d, v0.2d, #0x0
;;    84: addp d31, v31.2d
;;    88: fmov x16, d31
;;    8c: cmp x16, #0x0
;;    90: cset w1, eq
;;    94: add w0, w0, w1
;;    98: str w0, [x29, #0x10]
;;    9c: mov sp, x29
;;    a0: ldp x29, x30, [sp], #0x10
;;    a4: ret
;;    a8: mov w0, #0x9
;;    ac: b $+0x24
;;    b0: mov w19, w0
;;    b4: mov x0, x29
;;    b8: adr x1, $-0x8
;;    bc: mov x16, sp
;;    c0: and sp, x16, #0xfffffffffffffff0
;;    c4: ldr x17, [x28, #0x30]
;;    c8: blr x17
;;    cc: mov w0, w19
;;    d0: ldr x16, [x26, #0x8]
;;    d4: ldr x17, [x16]
;;    d8: add sp, x16, #0x10
;;    dc: br x17
;;    e0: .word 0x08040201
;;    e4: .word 0x80402010
;;    e8: .word 0x08040201
;;    ec: .word 0x80402010
;;    f0: .word 0x00020001
;;    f4: .word 0x00080004
;;    f8: .word 0x00200010
;;    fc: .word 0x00800040
