;; Float lanes: arithmetic is one instruction; min/max follow Wasm's NaN and signed-zero
;; rules (a sequence on x86-64, fmin/fmax on aarch64); pmin/pmax; rounding; sqrt.
(module
  (func (param v128 v128) (result v128)
    local.get 0 local.get 1 f32x4.mul
    local.get 1 f32x4.min
    local.get 0 f32x4.pmax
    f32x4.nearest
    local.get 0 local.get 1 f64x2.max
    f64x2.sqrt
    f64x2.add))

;; ==== x64 ====
;; function 0 (177 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x73
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: vmulps xmm2, xmm2, xmm1
;;    25: vminps xmm15, xmm1, xmm2
;;    29: vminps xmm2, xmm2, xmm1
;;    2d: vorps xmm2, xmm2, xmm15
;;    32: vcmpps xmm0, xmm2, xmm15, 0x3
;;    38: vorps xmm2, xmm2, xmm0
;;    3c: vpsrld xmm0, xmm0, 0xa
;;    41: vandnps xmm2, xmm0, xmm2
;;    45: movups xmm3, xmmword [rbp + 0x10]
;;    49: vmaxps xmm2, xmm3, xmm2
;;    4d: vroundps xmm2, xmm2, 0x0
;;    53: vmaxpd xmm15, xmm1, xmm3
;;    57: vmaxpd xmm3, xmm3, xmm1
;;    5b: vxorpd xmm15, xmm15, xmm3
;;    5f: vorpd xmm3, xmm3, xmm15
;;    64: vcmppd xmm0, xmm3, xmm3, 0x3
;;    69: vsubpd xmm3, xmm3, xmm15
;;    6e: vorpd xmm3, xmm3, xmm0
;;    72: vpsrlq xmm0, xmm0, 0xd
;;    77: vandnpd xmm3, xmm0, xmm3
;;    7b: vsqrtpd xmm3, xmm3
;;    7f: vaddpd xmm2, xmm2, xmm3
;;    83: movups xmmword [rbp + 0x10], xmm2
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

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (205 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x8f
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: mulps xmm2, xmm1
;;    24: movaps xmm15, xmm1
;;    28: minps xmm15, xmm2
;;    2c: minps xmm2, xmm1
;;    2f: orps xmm2, xmm15
;;    33: movaps xmm0, xmm2
;;    37: cmpps xmm0, xmm15, 0x3
;;    3c: orps xmm2, xmm0
;;    3f: psrld xmm0, 0xa
;;    44: andnps xmm0, xmm2
;;    47: movaps xmm2, xmm0
;;    4b: movups xmm3, xmmword [rbp + 0x10]
;;    4f: movaps xmm15, xmm3
;;    53: maxps xmm15, xmm2
;;    57: movaps xmm2, xmm15
;;    5b: roundps xmm2, xmm2, 0x0
;;    61: movaps xmm15, xmm1
;;    65: maxpd xmm15, xmm3
;;    6a: maxpd xmm3, xmm1
;;    6e: xorpd xmm15, xmm3
;;    73: orpd xmm3, xmm15
;;    78: movaps xmm0, xmm3
;;    7c: cmppd xmm0, xmm3, 0x3
;;    81: subpd xmm3, xmm15
;;    86: orpd xmm3, xmm0
;;    8a: psrlq xmm0, 0xd
;;    8f: andnpd xmm0, xmm3
;;    93: movaps xmm3, xmm0
;;    97: sqrtpd xmm3, xmm3
;;    9b: addpd xmm2, xmm3
;;    9f: movups xmmword [rbp + 0x10], xmm2
;;    a3: mov rsp, rbp
;;    a6: pop rbp
;;    a7: ret
;;    a8: mov eax, 0x9
;;    ad: jmp $+0x16
;;    b2: mov ebx, eax
;;    b4: mov rdi, rbp
;;    b7: lea rsi, qword [rip - 0xc]
;;    be: and rsp, -0x10
;;    c2: call qword [r14 + 0x30]
;;    c6: mov eax, ebx
;;    c8: mov rsp, qword [r13 + 0x8]
;;    cc: ret

;; ==== aarch64 ====
;; function 0 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x40
;;    20: ldr q0, [x29, #0x20]
;;    24: ldr q1, [x29, #0x10]
;;    28: fmul v1.4s, v1.4s, v0.4s
;;    2c: fmin v1.4s, v1.4s, v0.4s
;;    30: ldr q2, [x29, #0x10]
;;    34: fcmgt v31.4s, v2.4s, v1.4s
;;    38: bit v1.16b, v2.16b, v31.16b
;;    3c: frintn v1.4s, v1.4s
;;    40: fmax v2.2d, v2.2d, v0.2d
;;    44: fsqrt v2.2d, v2.2d
;;    48: fadd v1.2d, v1.2d, v2.2d
;;    4c: str q1, [x29, #0x10]
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x24
;;    64: mov w19, w0
;;    68: mov x0, x29
;;    6c: adr x1, $-0x8
;;    70: mov x16, sp
;;    74: and sp, x16, #0xfffffffffffffff0
;;    78: ldr x17, [x28, #0x30]
;;    7c: blr x17
;;    80: mov w0, w19
;;    84: ldr x16, [x26, #0x8]
;;    88: ldr x17, [x16]
;;    8c: add sp, x16, #0x10
;;    90: br x17
