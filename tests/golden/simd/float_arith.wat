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
;; function 0 (189 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7f
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: vmulps xmm2, xmm2, xmm1
;;    25: movups xmm1, xmmword [rbp + 0x20]
;;    29: vminps xmm15, xmm1, xmm2
;;    2d: vminps xmm2, xmm2, xmm1
;;    31: vorps xmm2, xmm2, xmm15
;;    36: vcmpps xmm0, xmm2, xmm15, 0x3
;;    3c: vorps xmm2, xmm2, xmm0
;;    40: vpsrld xmm0, xmm0, 0xa
;;    45: vandnps xmm2, xmm0, xmm2
;;    49: movups xmm1, xmmword [rbp + 0x10]
;;    4d: vmaxps xmm2, xmm1, xmm2
;;    51: vroundps xmm2, xmm2, 0x0
;;    57: movups xmm1, xmmword [rbp + 0x20]
;;    5b: movups xmm3, xmmword [rbp + 0x10]
;;    5f: vmaxpd xmm15, xmm1, xmm3
;;    63: vmaxpd xmm3, xmm3, xmm1
;;    67: vxorpd xmm15, xmm15, xmm3
;;    6b: vorpd xmm3, xmm3, xmm15
;;    70: vcmppd xmm0, xmm3, xmm3, 0x3
;;    75: vsubpd xmm3, xmm3, xmm15
;;    7a: vorpd xmm3, xmm3, xmm0
;;    7e: vpsrlq xmm0, xmm0, 0xd
;;    83: vandnpd xmm3, xmm0, xmm3
;;    87: vsqrtpd xmm3, xmm3
;;    8b: vaddpd xmm2, xmm2, xmm3
;;    8f: movups xmmword [rbp + 0x10], xmm2
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

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (217 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x9b
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: mulps xmm2, xmm1
;;    24: movups xmm1, xmmword [rbp + 0x20]
;;    28: movaps xmm15, xmm1
;;    2c: minps xmm15, xmm2
;;    30: minps xmm2, xmm1
;;    33: orps xmm2, xmm15
;;    37: movaps xmm0, xmm2
;;    3b: cmpps xmm0, xmm15, 0x3
;;    40: orps xmm2, xmm0
;;    43: psrld xmm0, 0xa
;;    48: andnps xmm0, xmm2
;;    4b: movaps xmm2, xmm0
;;    4f: movups xmm1, xmmword [rbp + 0x10]
;;    53: movaps xmm15, xmm1
;;    57: maxps xmm15, xmm2
;;    5b: movaps xmm2, xmm15
;;    5f: roundps xmm2, xmm2, 0x0
;;    65: movups xmm1, xmmword [rbp + 0x20]
;;    69: movups xmm3, xmmword [rbp + 0x10]
;;    6d: movaps xmm15, xmm1
;;    71: maxpd xmm15, xmm3
;;    76: maxpd xmm3, xmm1
;;    7a: xorpd xmm15, xmm3
;;    7f: orpd xmm3, xmm15
;;    84: movaps xmm0, xmm3
;;    88: cmppd xmm0, xmm3, 0x3
;;    8d: subpd xmm3, xmm15
;;    92: orpd xmm3, xmm0
;;    96: psrlq xmm0, 0xd
;;    9b: andnpd xmm0, xmm3
;;    9f: movaps xmm3, xmm0
;;    a3: sqrtpd xmm3, xmm3
;;    a7: addpd xmm2, xmm3
;;    ab: movups xmmword [rbp + 0x10], xmm2
;;    af: mov rsp, rbp
;;    b2: pop rbp
;;    b3: ret
;;    b4: mov eax, 0x9
;;    b9: jmp $+0x16
;;    be: mov ebx, eax
;;    c0: mov rdi, rbp
;;    c3: lea rsi, qword [rip - 0xc]
;;    ca: and rsp, -0x10
;;    ce: call qword [r14 + 0x30]
;;    d2: mov eax, ebx
;;    d4: mov rsp, qword [r13 + 0x8]
;;    d8: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x4c
;;    24: ldr q0, [x29, #0x20]
;;    28: ldr q1, [x29, #0x10]
;;    2c: fmul v1.4s, v1.4s, v0.4s
;;    30: ldr q0, [x29, #0x20]
;;    34: fmin v1.4s, v1.4s, v0.4s
;;    38: ldr q0, [x29, #0x10]
;;    3c: fcmgt v31.4s, v0.4s, v1.4s
;;    40: bit v1.16b, v0.16b, v31.16b
;;    44: frintn v1.4s, v1.4s
;;    48: ldr q0, [x29, #0x20]
;;    4c: ldr q2, [x29, #0x10]
;;    50: fmax v2.2d, v2.2d, v0.2d
;;    54: fsqrt v2.2d, v2.2d
;;    58: fadd v1.2d, v1.2d, v2.2d
;;    5c: str q1, [x29, #0x10]
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
