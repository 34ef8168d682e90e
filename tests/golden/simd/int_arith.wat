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
;; function 0 (320 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xcc
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
;;    46: movups xmm1, xmmword [rbp + 0x20]
;;    4a: vpaddusb xmm2, xmm2, xmm1
;;    4e: movups xmm1, xmmword [rbp + 0x20]
;;    52: vpsubsw xmm2, xmm2, xmm1
;;    56: movups xmm1, xmmword [rbp + 0x20]
;;    5a: vpminud xmm2, xmm2, xmm1
;;    5f: movups xmm1, xmmword [rbp + 0x20]
;;    63: vpavgb xmm2, xmm2, xmm1
;;    67: vpxor xmm15, xmm15, xmm15
;;    6c: vpcmpgtq xmm15, xmm15, xmm2
;;    71: vpxor xmm2, xmm2, xmm15
;;    76: vpsubq xmm2, xmm2, xmm15
;;    7b: vpxor xmm15, xmm15, xmm15
;;    80: vpsubd xmm2, xmm15, xmm2
;;    84: vpsrlw xmm0, xmm2, 0x4
;;    89: movups xmm15, xmmword [rip + 0x7f]
;;    91: vpand xmm0, xmm0, xmm15
;;    96: vpand xmm2, xmm2, xmm15
;;    9b: movups xmm15, xmmword [rip + 0x7d]
;;    a3: vpshufb xmm15, xmm15, xmm2
;;    a8: movups xmm2, xmmword [rip + 0x70]
;;    b0: vpshufb xmm2, xmm2, xmm0
;;    b5: vpaddb xmm2, xmm2, xmm15
;;    ba: movups xmm1, xmmword [rbp + 0x20]
;;    be: vpmulhrsw xmm2, xmm2, xmm1
;;    c3: movups xmm15, xmmword [rip + 0x65]
;;    cb: vpcmpeqw xmm15, xmm15, xmm2
;;    cf: vpxor xmm2, xmm2, xmm15
;;    d4: movups xmm1, xmmword [rbp + 0x20]
;;    d8: vpmaddwd xmm2, xmm2, xmm1
;;    dc: movups xmmword [rbp + 0x10], xmm2
;;    e0: mov rsp, rbp
;;    e3: pop rbp
;;    e4: ret
;;    e5: mov eax, 0x9
;;    ea: jmp $+0x16
;;    ef: mov ebx, eax
;;    f1: mov rdi, rbp
;;    f4: lea rsi, qword [rip - 0xc]
;;    fb: and rsp, -0x10
;;    ff: call qword [r14 + 0x30]
;;   103: mov eax, ebx
;;   105: mov rsp, qword [r13 + 0x8]
;;   109: ret
;;   10a: int 0x3
;;   10b: int 0x3
;;   10c: int 0x3
;;   10d: int 0x3
;;   10e: int 0x3
;;   10f: int 0x3
;;   110: .bytes [0f]
;;   111: .bytes [0f]
;;   112: .bytes [0f]
;;   113: .bytes [0f]
;;   114: .bytes [0f]
;;   115: .bytes [0f]
;;   116: .bytes [0f]
;;   117: .bytes [0f]
;;   118: .bytes [0f]
;;   119: .bytes [0f]
;;   11a: .bytes [0f]
;;   11b: .bytes [0f]
;;   11c: .bytes [0f]
;;   11d: .bytes [0f]
;;   11e: .bytes [0f]
;;   11f: sldt word [rcx]
;;   122: add dword [rdx], eax
;;   124: add dword [rdx], eax
;;   126: add al, byte [rbx]
;;   128: add dword [rdx], eax
;;   12a: add al, byte [rbx]
;;   12c: add al, byte [rbx]
;;   12e: add eax, dword [rax + rax * 1]
;;   131: add byte [rax], -0x80
;;   134: add byte [rax - 0x7fff8000], al
;;   13a: add byte [rax - 0x7fff8000], al

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (352 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xe3
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
;;    51: movups xmm1, xmmword [rbp + 0x20]
;;    55: paddusb xmm2, xmm1
;;    59: movups xmm1, xmmword [rbp + 0x20]
;;    5d: psubsw xmm2, xmm1
;;    61: movups xmm1, xmmword [rbp + 0x20]
;;    65: pminud xmm2, xmm1
;;    6a: movups xmm1, xmmword [rbp + 0x20]
;;    6e: pavgb xmm2, xmm1
;;    72: pxor xmm15, xmm15
;;    77: pcmpgtq xmm15, xmm2
;;    7d: pxor xmm2, xmm15
;;    82: psubq xmm2, xmm15
;;    87: pxor xmm15, xmm15
;;    8c: psubd xmm15, xmm2
;;    91: movaps xmm2, xmm15
;;    95: movaps xmm0, xmm2
;;    99: psrlw xmm0, 0x4
;;    9e: movups xmm15, xmmword [rip + 0x8a]
;;    a6: pand xmm0, xmm15
;;    ab: pand xmm2, xmm15
;;    b0: movups xmm15, xmmword [rip + 0x88]
;;    b8: pshufb xmm15, xmm2
;;    be: movups xmm2, xmmword [rip + 0x7a]
;;    c6: pshufb xmm2, xmm0
;;    cb: paddb xmm2, xmm15
;;    d0: movups xmm1, xmmword [rbp + 0x20]
;;    d4: pmulhrsw xmm2, xmm1
;;    d9: movups xmm15, xmmword [rip + 0x6f]
;;    e1: pcmpeqw xmm15, xmm2
;;    e6: pxor xmm2, xmm15
;;    eb: movups xmm1, xmmword [rbp + 0x20]
;;    ef: pmaddwd xmm2, xmm1
;;    f3: movups xmmword [rbp + 0x10], xmm2
;;    f7: mov rsp, rbp
;;    fa: pop rbp
;;    fb: ret
;;    fc: mov eax, 0x9
;;   101: jmp $+0x16
;;   106: mov ebx, eax
;;   108: mov rdi, rbp
;;   10b: lea rsi, qword [rip - 0xc]
;;   112: and rsp, -0x10
;;   116: call qword [r14 + 0x30]
;;   11a: mov eax, ebx
;;   11c: mov rsp, qword [r13 + 0x8]
;;   120: ret
;;   121: int 0x3
;;   122: int 0x3
;;   123: int 0x3
;;   124: int 0x3
;;   125: int 0x3
;;   126: int 0x3
;;   127: int 0x3
;;   128: int 0x3
;;   129: int 0x3
;;   12a: int 0x3
;;   12b: int 0x3
;;   12c: int 0x3
;;   12d: int 0x3
;;   12e: int 0x3
;;   12f: int 0x3
;;   130: .bytes [0f]
;;   131: .bytes [0f]
;;   132: .bytes [0f]
;;   133: .bytes [0f]
;;   134: .bytes [0f]
;;   135: .bytes [0f]
;;   136: .bytes [0f]
;;   137: .bytes [0f]
;;   138: .bytes [0f]
;;   139: .bytes [0f]
;;   13a: .bytes [0f]
;;   13b: .bytes [0f]
;;   13c: .bytes [0f]
;;   13d: .bytes [0f]
;;   13e: .bytes [0f]
;;   13f: sldt word [rcx]
;;   142: add dword [rdx], eax
;;   144: add dword [rdx], eax
;;   146: add al, byte [rbx]
;;   148: add dword [rdx], eax
;;   14a: add al, byte [rbx]
;;   14c: add al, byte [rbx]
;;   14e: add eax, dword [rax + rax * 1]
;;   151: add byte [rax], -0x80
;;   154: add byte [rax - 0x7fff8000], al
;;   15a: add byte [rax - 0x7fff8000], al

;; ==== aarch64 ====
;; function 0 (216 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x80
;;    24: ldr q0, [x29, #0x20]
;;    28: ldr q1, [x29, #0x10]
;;    2c: mov x16, v1.d[0]
;;    30: mov x17, v0.d[0]
;;    34: mul x16, x16, x17
;;    38: mov v1.d[0], x16
;;    3c: mov x16, v1.d[1]
;;    40: mov x17, v0.d[1]
;;    44: mul x16, x16, x17
;;    48: mov v1.d[1], x16
;;    4c: ldr q0, [x29, #0x20]
;;    50: uqadd v1.16b, v1.16b, v0.16b
;;    54: ldr q0, [x29, #0x20]
;;    58: sqsub v1.8h, v1.8h, v0.8h
;;    5c: ldr q0, [x29, #0x20]
;;    60: umin v1.4s, v1.4s, v0.4s
;;    64: ldr q0, [x29, #0x20]
;;    68: urhadd v1.16b, v1.16b, v0.16b
;;    6c: abs v1.2d, v1.2d
;;    70: neg v1.4s, v1.4s
;;    74: cnt v1.16b, v1.16b
;;    78: ldr q0, [x29, #0x20]
;;    7c: sqrdmulh v1.8h, v1.8h, v0.8h
;;    80: ldr q0, [x29, #0x20]
;;    84: smull v31.4s, v1.4h, v0.4h
;;    88: smull2 v30.4s, v1.8h, v0.8h
;;    8c: addp v1.4s, v31.4s, v30.4s
;;    90: str q1, [x29, #0x10]
;;    94: mov sp, x29
;;    98: ldp x29, x30, [sp], #0x10
;;    9c: ret
;;    a0: mov w0, #0x9
;;    a4: b $+0x24
;;    a8: mov w19, w0
;;    ac: mov x0, x29
;;    b0: adr x1, $-0x8
;;    b4: mov x16, sp
;;    b8: and sp, x16, #0xfffffffffffffff0
;;    bc: ldr x17, [x28, #0x30]
;;    c0: blr x17
;;    c4: mov w0, w19
;;    c8: ldr x16, [x26, #0x8]
;;    cc: ldr x17, [x16]
;;    d0: add sp, x16, #0x10
;;    d4: br x17
