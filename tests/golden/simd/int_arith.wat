;; Integer lanes: i64x2.mul (from 32-bit halves on x86-64, lane by lane on aarch64),
;; saturating add/sub, min/max, average, abs and neg, popcnt, q15mulr, dot.
(module
  (func (param v128 v128) (result v128)
    local.get 0 local.get 1 i64x2.mul
    local.get 1 i8x16.add_sat_u
    local.get 1 i16x8.sub_sat_s
    local.get 1 i32x4.min_u
    local.get 1 i8x16.avgr_u
    i64x2.abs
    i32x4.neg
    i8x16.popcnt
    local.get 1 i16x8.q15mulr_sat_s
    local.get 1 i32x4.dot_i16x8_s))

;; ==== x64 ====
;; function 0 (304 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xb4
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: vpsrlq xmm15, xmm2, 0x20
;;    26: vpmuludq xmm15, xmm15, xmm1
;;    2a: vpsrlq xmm0, xmm1, 0x20
;;    2f: vpmuludq xmm0, xmm0, xmm2
;;    33: vpaddq xmm15, xmm15, xmm0
;;    37: vpsllq xmm15, xmm15, 0x20
;;    3d: vpmuludq xmm2, xmm2, xmm1
;;    41: vpaddq xmm2, xmm2, xmm15
;;    46: vpaddusb xmm2, xmm2, xmm1
;;    4a: vpsubsw xmm2, xmm2, xmm1
;;    4e: vpminud xmm2, xmm2, xmm1
;;    53: vpavgb xmm2, xmm2, xmm1
;;    57: vpxor xmm15, xmm15, xmm15
;;    5c: vpcmpgtq xmm15, xmm15, xmm2
;;    61: vpxor xmm2, xmm2, xmm15
;;    66: vpsubq xmm2, xmm2, xmm15
;;    6b: vpxor xmm15, xmm15, xmm15
;;    70: vpsubd xmm2, xmm15, xmm2
;;    74: vpsrlw xmm0, xmm2, 0x4
;;    79: movups xmm15, xmmword [rip + 0x7f]
;;    81: vpand xmm0, xmm0, xmm15
;;    86: vpand xmm2, xmm2, xmm15
;;    8b: movups xmm15, xmmword [rip + 0x7d]
;;    93: vpshufb xmm15, xmm15, xmm2
;;    98: movups xmm2, xmmword [rip + 0x70]
;;    a0: vpshufb xmm2, xmm2, xmm0
;;    a5: vpaddb xmm2, xmm2, xmm15
;;    aa: vpmulhrsw xmm2, xmm2, xmm1
;;    af: movups xmm15, xmmword [rip + 0x69]
;;    b7: vpcmpeqw xmm15, xmm15, xmm2
;;    bb: vpxor xmm2, xmm2, xmm15
;;    c0: vpmaddwd xmm2, xmm2, xmm1
;;    c4: movups xmmword [rbp + 0x10], xmm2
;;    c8: mov rsp, rbp
;;    cb: pop rbp
;;    cc: ret
;;    cd: mov eax, 0x9
;;    d2: jmp $+0x16
;;    d7: mov ebx, eax
;;    d9: mov rdi, rbp
;;    dc: lea rsi, qword [rip - 0xc]
;;    e3: and rsp, -0x10
;;    e7: call qword [r14 + 0x30]
;;    eb: mov eax, ebx
;;    ed: mov rsp, qword [r13 + 0x8]
;;    f1: ret
;;    f2: int 0x3
;;    f3: int 0x3
;;    f4: int 0x3
;;    f5: int 0x3
;;    f6: int 0x3
;;    f7: int 0x3
;;    f8: int 0x3
;;    f9: int 0x3
;;    fa: int 0x3
;;    fb: int 0x3
;;    fc: int 0x3
;;    fd: int 0x3
;;    fe: int 0x3
;;    ff: int 0x3
;;   100: .word 0x0f0f0f0f
;;   104: .word 0x0f0f0f0f
;;   108: .word 0x0f0f0f0f
;;   10c: .word 0x0f0f0f0f
;;   110: .word 0x02010100
;;   114: .word 0x03020201
;;   118: .word 0x03020201
;;   11c: .word 0x04030302
;;   120: .word 0x80008000
;;   124: .word 0x80008000
;;   128: .word 0x80008000
;;   12c: .word 0x80008000

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (320 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xcb
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: movaps xmm15, xmm2
;;    25: psrlq xmm15, 0x20
;;    2b: pmuludq xmm15, xmm1
;;    30: movaps xmm0, xmm1
;;    34: psrlq xmm0, 0x20
;;    39: pmuludq xmm0, xmm2
;;    3d: paddq xmm15, xmm0
;;    42: psllq xmm15, 0x20
;;    48: pmuludq xmm2, xmm1
;;    4c: paddq xmm2, xmm15
;;    51: paddusb xmm2, xmm1
;;    55: psubsw xmm2, xmm1
;;    59: pminud xmm2, xmm1
;;    5e: pavgb xmm2, xmm1
;;    62: pxor xmm15, xmm15
;;    67: pcmpgtq xmm15, xmm2
;;    6d: pxor xmm2, xmm15
;;    72: psubq xmm2, xmm15
;;    77: pxor xmm15, xmm15
;;    7c: psubd xmm15, xmm2
;;    81: movaps xmm2, xmm15
;;    85: movaps xmm0, xmm2
;;    89: psrlw xmm0, 0x4
;;    8e: movups xmm15, xmmword [rip + 0x7a]
;;    96: pand xmm0, xmm15
;;    9b: pand xmm2, xmm15
;;    a0: movups xmm15, xmmword [rip + 0x78]
;;    a8: pshufb xmm15, xmm2
;;    ae: movups xmm2, xmmword [rip + 0x6a]
;;    b6: pshufb xmm2, xmm0
;;    bb: paddb xmm2, xmm15
;;    c0: pmulhrsw xmm2, xmm1
;;    c5: movups xmm15, xmmword [rip + 0x63]
;;    cd: pcmpeqw xmm15, xmm2
;;    d2: pxor xmm2, xmm15
;;    d7: pmaddwd xmm2, xmm1
;;    db: movups xmmword [rbp + 0x10], xmm2
;;    df: mov rsp, rbp
;;    e2: pop rbp
;;    e3: ret
;;    e4: mov eax, 0x9
;;    e9: jmp $+0x16
;;    ee: mov ebx, eax
;;    f0: mov rdi, rbp
;;    f3: lea rsi, qword [rip - 0xc]
;;    fa: and rsp, -0x10
;;    fe: call qword [r14 + 0x30]
;;   102: mov eax, ebx
;;   104: mov rsp, qword [r13 + 0x8]
;;   108: ret
;;   109: int 0x3
;;   10a: int 0x3
;;   10b: int 0x3
;;   10c: int 0x3
;;   10d: int 0x3
;;   10e: int 0x3
;;   10f: int 0x3
;;   110: .word 0x0f0f0f0f
;;   114: .word 0x0f0f0f0f
;;   118: .word 0x0f0f0f0f
;;   11c: .word 0x0f0f0f0f
;;   120: .word 0x02010100
;;   124: .word 0x03020201
;;   128: .word 0x03020201
;;   12c: .word 0x04030302
;;   130: .word 0x80008000
;;   134: .word 0x80008000
;;   138: .word 0x80008000
;;   13c: .word 0x80008000

;; ==== aarch64 ====
;; function 0 (188 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x68
;;    20: ldr q0, [x29, #0x20]
;;    24: ldr q1, [x29, #0x10]
;;    28: mov x16, v1.d[0]
;;    2c: mov x17, v0.d[0]
;;    30: mul x16, x16, x17
;;    34: mov v1.d[0], x16
;;    38: mov x16, v1.d[1]
;;    3c: mov x17, v0.d[1]
;;    40: mul x16, x16, x17
;;    44: mov v1.d[1], x16
;;    48: uqadd v1.16b, v1.16b, v0.16b
;;    4c: sqsub v1.8h, v1.8h, v0.8h
;;    50: umin v1.4s, v1.4s, v0.4s
;;    54: urhadd v1.16b, v1.16b, v0.16b
;;    58: abs v1.2d, v1.2d
;;    5c: neg v1.4s, v1.4s
;;    60: cnt v1.16b, v1.16b
;;    64: sqrdmulh v1.8h, v1.8h, v0.8h
;;    68: smull v31.4s, v1.4h, v0.4h
;;    6c: smull2 v30.4s, v1.8h, v0.8h
;;    70: addp v1.4s, v31.4s, v30.4s
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
