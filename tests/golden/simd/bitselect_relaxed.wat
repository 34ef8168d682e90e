;; v128.bitselect, and relaxed operators in their chosen forms: madd unfused, laneselect
;; as bitselect, the i8x16 dot product.
(module
  (func (param v128 v128 v128) (result v128)
    local.get 0 local.get 1 local.get 2 v128.bitselect
    local.get 1 local.get 2 f32x4.relaxed_madd
    local.get 1 local.get 2 i32x4.relaxed_laneselect
    local.get 1 i16x8.relaxed_dot_i8x16_i7x16_s))

;; ==== x64 ====
;; function 0 (188 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7e
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
;;    57: movaps xmm15, xmm3
;;    5b: psrldq xmm15, 0x8
;;    61: pmovsxbw xmm15, xmm15
;;    67: pmovsxbw xmm3, xmm3
;;    6c: movaps xmm0, xmm1
;;    70: psrldq xmm0, 0x8
;;    75: pmovsxbw xmm0, xmm0
;;    7a: pmovsxbw xmm1, xmm1
;;    7f: pmullw xmm3, xmm1
;;    83: pmullw xmm15, xmm0
;;    88: phaddw xmm3, xmm15
;;    8e: movups xmmword [rbp + 0x10], xmm3
;;    92: mov rsp, rbp
;;    95: pop rbp
;;    96: ret
;;    97: mov eax, 0x9
;;    9c: jmp $+0x16
;;    a1: mov ebx, eax
;;    a3: mov rdi, rbp
;;    a6: lea rsi, qword [rip - 0xc]
;;    ad: and rsp, -0x10
;;    b1: call qword [r14 + 0x30]
;;    b5: mov eax, ebx
;;    b7: mov rsp, qword [r13 + 0x8]
;;    bb: ret

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
