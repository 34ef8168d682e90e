;; and, or, xor, andnot (pandn needs its operands swapped through a scratch; bic is
;; direct) and not.
(module
  (func (param v128 v128) (result v128)
    local.get 0 local.get 1 v128.and
    local.get 1 v128.or
    local.get 0 v128.xor
    local.get 1 v128.andnot
    v128.not))

;; ==== x64 ====
;; function 0 (109 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2f
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: vpand xmm2, xmm2, xmm1
;;    25: vpor xmm2, xmm2, xmm1
;;    29: movups xmm3, xmmword [rbp + 0x10]
;;    2d: vpxor xmm2, xmm2, xmm3
;;    31: vpandn xmm2, xmm1, xmm2
;;    35: vpcmpeqd xmm15, xmm15, xmm15
;;    3a: vpxor xmm2, xmm2, xmm15
;;    3f: movups xmmword [rbp + 0x10], xmm2
;;    43: mov rsp, rbp
;;    46: pop rbp
;;    47: ret
;;    48: mov eax, 0x9
;;    4d: jmp $+0x16
;;    52: mov ebx, eax
;;    54: mov rdi, rbp
;;    57: lea rsi, qword [rip - 0xc]
;;    5e: and rsp, -0x10
;;    62: call qword [r14 + 0x30]
;;    66: mov eax, ebx
;;    68: mov rsp, qword [r13 + 0x8]
;;    6c: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (118 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x38
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: pand xmm2, xmm1
;;    25: por xmm2, xmm1
;;    29: movups xmm3, xmmword [rbp + 0x10]
;;    2d: pxor xmm2, xmm3
;;    31: movaps xmm15, xmm1
;;    35: pandn xmm15, xmm2
;;    3a: movaps xmm2, xmm15
;;    3e: pcmpeqd xmm15, xmm15
;;    43: pxor xmm2, xmm15
;;    48: movups xmmword [rbp + 0x10], xmm2
;;    4c: mov rsp, rbp
;;    4f: pop rbp
;;    50: ret
;;    51: mov eax, 0x9
;;    56: jmp $+0x16
;;    5b: mov ebx, eax
;;    5d: mov rdi, rbp
;;    60: lea rsi, qword [rip - 0xc]
;;    67: and rsp, -0x10
;;    6b: call qword [r14 + 0x30]
;;    6f: mov eax, ebx
;;    71: mov rsp, qword [r13 + 0x8]
;;    75: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr q0, [x29, #0x20]
;;    24: ldr q1, [x29, #0x10]
;;    28: and v1.16b, v1.16b, v0.16b
;;    2c: orr v1.16b, v1.16b, v0.16b
;;    30: ldr q2, [x29, #0x10]
;;    34: eor v1.16b, v1.16b, v2.16b
;;    38: bic v1.16b, v1.16b, v0.16b
;;    3c: mvn v1.16b, v1.16b
;;    40: str q1, [x29, #0x10]
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
