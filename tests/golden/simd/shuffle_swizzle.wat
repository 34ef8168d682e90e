;; i8x16.shuffle (two pshufb and a por; tbl over v30/v31) and i8x16.swizzle.
(module
  (func (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31
    local.get 1 i8x16.swizzle))

;; ==== x64 ====
;; function 0 (192 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x44
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: movups xmm15, xmmword [rip + 0x67]
;;    29: vpshufb xmm2, xmm2, xmm15
;;    2e: movups xmm15, xmmword [rip + 0x6a]
;;    36: vpshufb xmm1, xmm1, xmm15
;;    3b: vpor xmm2, xmm2, xmm1
;;    3f: movups xmm1, xmmword [rbp + 0x20]
;;    43: movups xmm15, xmmword [rip + 0x65]
;;    4b: vpaddusb xmm15, xmm15, xmm1
;;    4f: vpshufb xmm2, xmm2, xmm15
;;    54: movups xmmword [rbp + 0x10], xmm2
;;    58: mov rsp, rbp
;;    5b: pop rbp
;;    5c: ret
;;    5d: mov eax, 0x9
;;    62: jmp $+0x16
;;    67: mov ebx, eax
;;    69: mov rdi, rbp
;;    6c: lea rsi, qword [rip - 0xc]
;;    73: and rsp, -0x10
;;    77: call qword [r14 + 0x30]
;;    7b: mov eax, ebx
;;    7d: mov rsp, qword [r13 + 0x8]
;;    81: ret
;;    82: int 0x3
;;    83: int 0x3
;;    84: int 0x3
;;    85: int 0x3
;;    86: int 0x3
;;    87: int 0x3
;;    88: int 0x3
;;    89: int 0x3
;;    8a: int 0x3
;;    8b: int 0x3
;;    8c: int 0x3
;;    8d: int 0x3
;;    8e: int 0x3
;;    8f: int 0x3
;;    90: .word 0x80028000
;;    94: .word 0x80068004
;;    98: .word 0x800a8008
;;    9c: .word 0x800e800c
;;    a0: .word 0x03800180
;;    a4: .word 0x07800580
;;    a8: .word 0x0b800980
;;    ac: .word 0x0f800d80
;;    b0: .word 0x70707070
;;    b4: .word 0x70707070
;;    b8: .word 0x70707070
;;    bc: .word 0x70707070

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (192 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x48
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: movups xmm15, xmmword [rip + 0x67]
;;    29: pshufb xmm2, xmm15
;;    2f: movups xmm15, xmmword [rip + 0x69]
;;    37: pshufb xmm1, xmm15
;;    3d: por xmm2, xmm1
;;    41: movups xmm1, xmmword [rbp + 0x20]
;;    45: movups xmm15, xmmword [rip + 0x63]
;;    4d: paddusb xmm15, xmm1
;;    52: pshufb xmm2, xmm15
;;    58: movups xmmword [rbp + 0x10], xmm2
;;    5c: mov rsp, rbp
;;    5f: pop rbp
;;    60: ret
;;    61: mov eax, 0x9
;;    66: jmp $+0x16
;;    6b: mov ebx, eax
;;    6d: mov rdi, rbp
;;    70: lea rsi, qword [rip - 0xc]
;;    77: and rsp, -0x10
;;    7b: call qword [r14 + 0x30]
;;    7f: mov eax, ebx
;;    81: mov rsp, qword [r13 + 0x8]
;;    85: ret
;;    86: int 0x3
;;    87: int 0x3
;;    88: int 0x3
;;    89: int 0x3
;;    8a: int 0x3
;;    8b: int 0x3
;;    8c: int 0x3
;;    8d: int 0x3
;;    8e: int 0x3
;;    8f: int 0x3
;;    90: .word 0x80028000
;;    94: .word 0x80068004
;;    98: .word 0x800a8008
;;    9c: .word 0x800e800c
;;    a0: .word 0x03800180
;;    a4: .word 0x07800580
;;    a8: .word 0x0b800980
;;    ac: .word 0x0f800d80
;;    b0: .word 0x70707070
;;    b4: .word 0x70707070
;;    b8: .word 0x70707070
;;    bc: .word 0x70707070

;; ==== aarch64 ====
;; function 0 (160 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr q0, [x29, #0x20]
;;    24: ldr q1, [x29, #0x10]
;;    28: mov v30.16b, v1.16b
;;    2c: mov v31.16b, v0.16b
;;    30: ldr q1, $+0x60
;;    34: tbl v1.16b, {v30.16b, v31.16b}, v1.16b
;;    38: ldr q0, [x29, #0x20]
;;    3c: mov v31.16b, v1.16b
;;    40: tbl v1.16b, {v31.16b}, v0.16b
;;    44: str q1, [x29, #0x10]
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x24
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
;;    8c: udf #0x0
;;    90: .word 0x13021100
;;    94: .word 0x17061504
;;    98: .word 0x1b0a1908
;;    9c: .word 0x1f0e1d0c
