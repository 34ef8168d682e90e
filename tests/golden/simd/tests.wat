;; Whole-vector tests into an i32: any_true, all_true, bitmask.
(module
  (func (param v128) (result i32)
    local.get 0 v128.any_true
    local.get 0 i16x8.all_true i32.add
    local.get 0 i8x16.bitmask i32.add
    local.get 0 i16x8.bitmask i32.add
    local.get 0 i64x2.all_true i32.add))

;; ==== x64 ====
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
;;    58: packsswb xmm15, xmm15
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
;; function 0 (316 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0xe4
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
;;    54: mov x16, #0x201
;;    58: movk x16, #0x804, lsl #16
;;    5c: movk x16, #0x2010, lsl #32
;;    60: movk x16, #0x8040, lsl #48
;;    64: fmov d30, x16
;;    68: mov x16, #0x201
;;    6c: movk x16, #0x804, lsl #16
;;    70: movk x16, #0x2010, lsl #32
;;    74: movk x16, #0x8040, lsl #48
;;    78: mov v30.d[1], x16
;;    7c: sshr v31.16b, v0.16b, #0x7
;;    80: and v31.16b, v31.16b, v30.16b
;;    84: ext v30.16b, v31.16b, v31.16b, #0x8
;;    88: zip1 v31.16b, v31.16b, v30.16b
;;    8c: addv h31, v31.8h
;;    90: fmov w1, s31
;;    94: add w0, w0, w1
;;    98: ldr q0, [x29, #0x10]
;;    9c: mov x16, #0x1
;;    a0: movk x16, #0x2, lsl #16
;;    a4: movk x16, #0x4, lsl #32
;;    a8: movk x16, #0x8, lsl #48
;;    ac: fmov d30, x16
;;    b0: mov x16, #0x10
;;    b4: movk x16, #0x20, lsl #16
;;    b8: movk x16, #0x40, lsl #32
;;    bc: movk x16, #0x80, lsl #48
;;    c0: mov v30.d[1], x16
;;    c4: sshr v31.8h, v0.8h, #0xf
;;    c8: and v31.16b, v31.16b, v30.16b
;;    cc: addv h31, v31.8h
;;    d0: fmov w1, s31
;;    d4: add w0, w0, w1
;;    d8: ldr q0, [x29, #0x10]
;;    dc: cmeq v31.2d, v0.2d, #0x0
;;    e0: addp d31, v31.2d
;;    e4: fmov x16, d31
;;    e8: cmp x16, #0x0
;;    ec: cset w1, eq
;;    f0: add w0, w0, w1
;;    f4: str w0, [x29, #0x10]
;;    f8: mov sp, x29
;;    fc: ldp x29, x30, [sp], #0x10
;;   100: ret
;;   104: mov w0, #0x9
;;   108: b $+0x24
;;   10c: mov w19, w0
;;   110: mov x0, x29
;;   114: adr x1, $-0x8
;;   118: mov x16, sp
;;   11c: and sp, x16, #0xfffffffffffffff0
;;   120: ldr x17, [x28, #0x30]
;;   124: blr x17
;;   128: mov w0, w19
;;   12c: ldr x16, [x26, #0x8]
;;   130: ldr x17, [x16]
;;   134: add sp, x16, #0x10
;;   138: br x17
