;; Lane conversions: int to float (unsigned is a sequence on x86-64), saturating float to
;; int, demote and promote.
(module
  (func (param v128) (result v128)
    local.get 0 f32x4.convert_i32x4_u
    i32x4.trunc_sat_f32x4_u
    f64x2.convert_low_i32x4_s
    i32x4.trunc_sat_f64x2_s_zero
    f32x4.convert_i32x4_s
    f64x2.promote_low_f32x4
    f32x4.demote_f64x2_zero))

;; ==== x64 ====
;; function 0 (240 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x9d
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: vpslld xmm15, xmm1, 0x10
;;    22: vpsrld xmm15, xmm15, 0x10
;;    28: vpsubd xmm1, xmm1, xmm15
;;    2d: vcvtdq2ps xmm15, xmm15
;;    32: vpsrld xmm1, xmm1, 0x1
;;    37: vcvtdq2ps xmm1, xmm1
;;    3b: vaddps xmm1, xmm1, xmm1
;;    3f: vaddps xmm1, xmm1, xmm15
;;    44: vpxor xmm15, xmm15, xmm15
;;    49: vmaxps xmm1, xmm1, xmm15
;;    4e: vpcmpeqd xmm15, xmm15, xmm15
;;    53: vpsrld xmm15, xmm15, 0x1
;;    59: vcvtdq2ps xmm15, xmm15
;;    5e: vsubps xmm0, xmm1, xmm15
;;    63: vcmpps xmm15, xmm15, xmm0, 0x2
;;    68: vcvttps2dq xmm0, xmm0
;;    6c: vpxor xmm0, xmm0, xmm15
;;    71: vpxor xmm15, xmm15, xmm15
;;    76: vpmaxsd xmm0, xmm0, xmm15
;;    7b: vcvttps2dq xmm1, xmm1
;;    7f: vpaddd xmm1, xmm1, xmm0
;;    83: vcvtdq2pd xmm1, xmm1
;;    87: vcmppd xmm15, xmm1, xmm1, 0x0
;;    8c: movups xmm0, xmmword [rip + 0x4c]
;;    94: vandpd xmm15, xmm15, xmm0
;;    98: vminpd xmm1, xmm1, xmm15
;;    9d: vcvttpd2dq xmm1, xmm1
;;    a1: vcvtdq2ps xmm1, xmm1
;;    a5: vcvtps2pd xmm1, xmm1
;;    a9: vcvtpd2ps xmm1, xmm1
;;    ad: movups xmmword [rbp + 0x10], xmm1
;;    b1: mov rsp, rbp
;;    b4: pop rbp
;;    b5: ret
;;    b6: mov eax, 0x9
;;    bb: jmp $+0x16
;;    c0: mov ebx, eax
;;    c2: mov rdi, rbp
;;    c5: lea rsi, qword [rip - 0xc]
;;    cc: and rsp, -0x10
;;    d0: call qword [r14 + 0x30]
;;    d4: mov eax, ebx
;;    d6: mov rsp, qword [r13 + 0x8]
;;    da: ret
;;    db: int 0x3
;;    dc: int 0x3
;;    dd: int 0x3
;;    de: int 0x3
;;    df: int 0x3
;;    e0: .word 0xffc00000
;;    e4: .word 0x41dfffff
;;    e8: .word 0xffc00000
;;    ec: .word 0x41dfffff

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (256 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xa4
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: movaps xmm15, xmm1
;;    21: pslld xmm15, 0x10
;;    27: psrld xmm15, 0x10
;;    2d: psubd xmm1, xmm15
;;    32: cvtdq2ps xmm15, xmm15
;;    36: psrld xmm1, 0x1
;;    3b: cvtdq2ps xmm1, xmm1
;;    3e: addps xmm1, xmm1
;;    41: addps xmm1, xmm15
;;    45: pxor xmm15, xmm15
;;    4a: maxps xmm1, xmm15
;;    4e: pcmpeqd xmm15, xmm15
;;    53: psrld xmm15, 0x1
;;    59: cvtdq2ps xmm15, xmm15
;;    5d: movaps xmm0, xmm1
;;    61: subps xmm0, xmm15
;;    65: cmpps xmm15, xmm0, 0x2
;;    6a: cvttps2dq xmm0, xmm0
;;    6e: pxor xmm0, xmm15
;;    73: pxor xmm15, xmm15
;;    78: pmaxsd xmm0, xmm15
;;    7e: cvttps2dq xmm1, xmm1
;;    82: paddd xmm1, xmm0
;;    86: cvtdq2pd xmm1, xmm1
;;    8a: movaps xmm15, xmm1
;;    8e: cmppd xmm15, xmm1, 0x0
;;    94: movups xmm0, xmmword [rip + 0x54]
;;    9c: andpd xmm15, xmm0
;;    a1: minpd xmm1, xmm15
;;    a6: cvttpd2dq xmm1, xmm1
;;    aa: cvtdq2ps xmm1, xmm1
;;    ad: cvtps2pd xmm1, xmm1
;;    b0: cvtpd2ps xmm1, xmm1
;;    b4: movups xmmword [rbp + 0x10], xmm1
;;    b8: mov rsp, rbp
;;    bb: pop rbp
;;    bc: ret
;;    bd: mov eax, 0x9
;;    c2: jmp $+0x16
;;    c7: mov ebx, eax
;;    c9: mov rdi, rbp
;;    cc: lea rsi, qword [rip - 0xc]
;;    d3: and rsp, -0x10
;;    d7: call qword [r14 + 0x30]
;;    db: mov eax, ebx
;;    dd: mov rsp, qword [r13 + 0x8]
;;    e1: ret
;;    e2: int 0x3
;;    e3: int 0x3
;;    e4: int 0x3
;;    e5: int 0x3
;;    e6: int 0x3
;;    e7: int 0x3
;;    e8: int 0x3
;;    e9: int 0x3
;;    ea: int 0x3
;;    eb: int 0x3
;;    ec: int 0x3
;;    ed: int 0x3
;;    ee: int 0x3
;;    ef: int 0x3
;;    f0: .word 0xffc00000
;;    f4: .word 0x41dfffff
;;    f8: .word 0xffc00000
;;    fc: .word 0x41dfffff

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr q0, [x29, #0x10]
;;    24: ucvtf v0.4s, v0.4s
;;    28: fcvtzu v0.4s, v0.4s
;;    2c: sshll v0.2d, v0.2s, #0x0
;;    30: scvtf v0.2d, v0.2d
;;    34: fcvtzs v0.2d, v0.2d
;;    38: sqxtn v0.2s, v0.2d
;;    3c: scvtf v0.4s, v0.4s
;;    40: fcvtl v0.2d, v0.2s
;;    44: fcvtn v0.2s, v0.2d
;;    48: str q0, [x29, #0x10]
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x24
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
