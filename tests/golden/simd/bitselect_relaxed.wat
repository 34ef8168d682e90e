;; v128.bitselect, and relaxed operators in their chosen forms: madd unfused, laneselect
;; as bitselect, the i8x16 dot product.
(module
  (func (param v128 v128 v128) (result v128)
    local.get 0 local.get 1 local.get 2 v128.bitselect
    local.get 1 local.get 2 f32x4.relaxed_madd
    local.get 1 local.get 2 i32x4.relaxed_laneselect
    local.get 1 i16x8.relaxed_dot_i8x16_i7x16_s))

;; ==== x64 ====
;; function 0 (174 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x70
;;    19: movups xmm1, xmmword [rbp + 0x30]
;;    1d: movups xmm2, xmmword [rbp + 0x20]
;;    21: movups xmm3, xmmword [rbp + 0x10]
;;    25: vpand xmm3, xmm3, xmm1
;;    29: vpandn xmm1, xmm1, xmm2
;;    2d: vpor xmm3, xmm3, xmm1
;;    31: movups xmm1, xmmword [rbp + 0x30]
;;    35: movups xmm2, xmmword [rbp + 0x20]
;;    39: vmulps xmm3, xmm3, xmm2
;;    3d: vaddps xmm3, xmm3, xmm1
;;    41: movups xmm1, xmmword [rbp + 0x30]
;;    45: movaps xmm4, xmm2
;;    49: vpand xmm3, xmm3, xmm1
;;    4d: vpandn xmm1, xmm1, xmm4
;;    51: vpor xmm3, xmm3, xmm1
;;    55: vpshufd xmm15, xmm3, 0xee
;;    5a: vpmovsxbw xmm15, xmm15
;;    5f: vpshufd xmm0, xmm2, 0xee
;;    64: vpmovsxbw xmm0, xmm0
;;    69: vpmullw xmm15, xmm15, xmm0
;;    6d: vpmovsxbw xmm0, xmm2
;;    72: vpmovsxbw xmm3, xmm3
;;    77: vpmullw xmm3, xmm3, xmm0
;;    7b: vphaddw xmm3, xmm3, xmm15
;;    80: movups xmmword [rbp + 0x10], xmm3
;;    84: mov rsp, rbp
;;    87: pop rbp
;;    88: ret
;;    89: mov eax, 0x9
;;    8e: jmp $+0x16
;;    93: mov ebx, eax
;;    95: mov rdi, rbp
;;    98: lea rsi, qword [rip - 0xc]
;;    9f: and rsp, -0x10
;;    a3: call qword [r14 + 0x30]
;;    a7: mov eax, ebx
;;    a9: mov rsp, qword [r13 + 0x8]
;;    ad: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (176 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x72
;;    19: movups xmm1, xmmword [rbp + 0x30]
;;    1d: movups xmm2, xmmword [rbp + 0x20]
;;    21: movups xmm3, xmmword [rbp + 0x10]
;;    25: pand xmm3, xmm1
;;    29: pandn xmm1, xmm2
;;    2d: por xmm3, xmm1
;;    31: movups xmm1, xmmword [rbp + 0x30]
;;    35: movups xmm2, xmmword [rbp + 0x20]
;;    39: mulps xmm3, xmm2
;;    3c: addps xmm3, xmm1
;;    3f: movups xmm1, xmmword [rbp + 0x30]
;;    43: movaps xmm4, xmm2
;;    47: pand xmm3, xmm1
;;    4b: pandn xmm1, xmm4
;;    4f: por xmm3, xmm1
;;    53: pshufd xmm15, xmm3, -0x12
;;    59: pmovsxbw xmm15, xmm15
;;    5f: pshufd xmm0, xmm2, -0x12
;;    64: pmovsxbw xmm0, xmm0
;;    69: pmullw xmm15, xmm0
;;    6e: pmovsxbw xmm0, xmm2
;;    73: pmovsxbw xmm3, xmm3
;;    78: pmullw xmm3, xmm0
;;    7c: phaddw xmm3, xmm15
;;    82: movups xmmword [rbp + 0x10], xmm3
;;    86: mov rsp, rbp
;;    89: pop rbp
;;    8a: ret
;;    8b: mov eax, 0x9
;;    90: jmp $+0x16
;;    95: mov ebx, eax
;;    97: mov rdi, rbp
;;    9a: lea rsi, qword [rip - 0xc]
;;    a1: and rsp, -0x10
;;    a5: call qword [r14 + 0x30]
;;    a9: mov eax, ebx
;;    ab: mov rsp, qword [r13 + 0x8]
;;    af: ret

;; ==== aarch64 ====
;; function 0 (160 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x4c
;;    20: ldr q0, [x29, #0x30]
;;    24: ldr q1, [x29, #0x20]
;;    28: ldr q2, [x29, #0x10]
;;    2c: bif v2.16b, v1.16b, v0.16b
;;    30: ldr q0, [x29, #0x30]
;;    34: ldr q1, [x29, #0x20]
;;    38: fmul v2.4s, v2.4s, v1.4s
;;    3c: fadd v2.4s, v2.4s, v0.4s
;;    40: ldr q0, [x29, #0x30]
;;    44: mov v3.16b, v1.16b
;;    48: bif v2.16b, v3.16b, v0.16b
;;    4c: smull v31.8h, v2.8b, v1.8b
;;    50: smull2 v30.8h, v2.16b, v1.16b
;;    54: addp v2.8h, v31.8h, v30.8h
;;    58: str q2, [x29, #0x10]
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, #0x9
;;    6c: b $+0x24
;;    70: mov w19, w0
;;    74: mov x0, x29
;;    78: adr x1, $-0x8
;;    7c: mov x16, sp
;;    80: and sp, x16, #0xfffffffffffffff0
;;    84: ldr x17, [x28, #0x30]
;;    88: blr x17
;;    8c: mov w0, w19
;;    90: ldr x16, [x26, #0x8]
;;    94: ldr x17, [x16]
;;    98: add sp, x16, #0x10
;;    9c: br x17
