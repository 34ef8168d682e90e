;; v128.bitselect, and relaxed operators in their chosen forms: madd unfused, laneselect
;; as bitselect, the i8x16 dot product.
(module
  (func (param v128 v128 v128) (result v128)
    local.get 0 local.get 1 local.get 2 v128.bitselect
    local.get 1 local.get 2 f32x4.relaxed_madd
    local.get 1 local.get 2 i32x4.relaxed_laneselect
    local.get 1 i16x8.relaxed_dot_i8x16_i7x16_s))

;; ==== x64 ====
;; function 0 (178 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x74
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
;;    45: movups xmm2, xmmword [rbp + 0x20]
;;    49: vpand xmm3, xmm3, xmm1
;;    4d: vpandn xmm1, xmm1, xmm2
;;    51: vpor xmm3, xmm3, xmm1
;;    55: movups xmm1, xmmword [rbp + 0x20]
;;    59: vpshufd xmm15, xmm3, 0xee
;;    5e: vpmovsxbw xmm15, xmm15
;;    63: vpshufd xmm0, xmm1, 0xee
;;    68: vpmovsxbw xmm0, xmm0
;;    6d: vpmullw xmm15, xmm15, xmm0
;;    71: vpmovsxbw xmm0, xmm1
;;    76: vpmovsxbw xmm3, xmm3
;;    7b: vpmullw xmm3, xmm3, xmm0
;;    7f: vphaddw xmm3, xmm3, xmm15
;;    84: movups xmmword [rbp + 0x10], xmm3
;;    88: mov rsp, rbp
;;    8b: pop rbp
;;    8c: ret
;;    8d: mov eax, 0x9
;;    92: jmp $+0x16
;;    97: mov ebx, eax
;;    99: mov rdi, rbp
;;    9c: lea rsi, qword [rip - 0xc]
;;    a3: and rsp, -0x10
;;    a7: call qword [r14 + 0x30]
;;    ab: mov eax, ebx
;;    ad: mov rsp, qword [r13 + 0x8]
;;    b1: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (180 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x76
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
;;    43: movups xmm2, xmmword [rbp + 0x20]
;;    47: pand xmm3, xmm1
;;    4b: pandn xmm1, xmm2
;;    4f: por xmm3, xmm1
;;    53: movups xmm1, xmmword [rbp + 0x20]
;;    57: pshufd xmm15, xmm3, -0x12
;;    5d: pmovsxbw xmm15, xmm15
;;    63: pshufd xmm0, xmm1, -0x12
;;    68: pmovsxbw xmm0, xmm0
;;    6d: pmullw xmm15, xmm0
;;    72: pmovsxbw xmm0, xmm1
;;    77: pmovsxbw xmm3, xmm3
;;    7c: pmullw xmm3, xmm0
;;    80: phaddw xmm3, xmm15
;;    86: movups xmmword [rbp + 0x10], xmm3
;;    8a: mov rsp, rbp
;;    8d: pop rbp
;;    8e: ret
;;    8f: mov eax, 0x9
;;    94: jmp $+0x16
;;    99: mov ebx, eax
;;    9b: mov rdi, rbp
;;    9e: lea rsi, qword [rip - 0xc]
;;    a5: and rsp, -0x10
;;    a9: call qword [r14 + 0x30]
;;    ad: mov eax, ebx
;;    af: mov rsp, qword [r13 + 0x8]
;;    b3: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x50
;;    24: ldr q0, [x29, #0x30]
;;    28: ldr q1, [x29, #0x20]
;;    2c: ldr q2, [x29, #0x10]
;;    30: bif v2.16b, v1.16b, v0.16b
;;    34: ldr q0, [x29, #0x30]
;;    38: ldr q1, [x29, #0x20]
;;    3c: fmul v2.4s, v2.4s, v1.4s
;;    40: fadd v2.4s, v2.4s, v0.4s
;;    44: ldr q0, [x29, #0x30]
;;    48: ldr q1, [x29, #0x20]
;;    4c: bif v2.16b, v1.16b, v0.16b
;;    50: ldr q0, [x29, #0x20]
;;    54: smull v31.8h, v2.8b, v0.8b
;;    58: smull2 v30.8h, v2.16b, v0.16b
;;    5c: addp v2.8h, v31.8h, v30.8h
;;    60: str q2, [x29, #0x10]
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, #0x9
;;    74: b $+0x24
;;    78: mov w19, w0
;;    7c: mov x0, x29
;;    80: adr x1, $-0x8
;;    84: mov x16, sp
;;    88: and sp, x16, #0xfffffffffffffff0
;;    8c: ldr x17, [x28, #0x30]
;;    90: blr x17
;;    94: mov w0, w19
;;    98: ldr x16, [x26, #0x8]
;;    9c: ldr x17, [x16]
;;    a0: add sp, x16, #0x10
;;    a4: br x17
