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
;; function 0 (117 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x37
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: vpand xmm2, xmm2, xmm1
;;    25: movups xmm1, xmmword [rbp + 0x20]
;;    29: vpor xmm2, xmm2, xmm1
;;    2d: movups xmm1, xmmword [rbp + 0x10]
;;    31: vpxor xmm2, xmm2, xmm1
;;    35: movups xmm1, xmmword [rbp + 0x20]
;;    39: vpandn xmm2, xmm1, xmm2
;;    3d: vpcmpeqd xmm15, xmm15, xmm15
;;    42: vpxor xmm2, xmm2, xmm15
;;    47: movups xmmword [rbp + 0x10], xmm2
;;    4b: mov rsp, rbp
;;    4e: pop rbp
;;    4f: ret
;;    50: mov eax, 0x9
;;    55: jmp $+0x16
;;    5a: mov ebx, eax
;;    5c: mov rdi, rbp
;;    5f: lea rsi, qword [rip - 0xc]
;;    66: and rsp, -0x10
;;    6a: call qword [r14 + 0x30]
;;    6e: mov eax, ebx
;;    70: mov rsp, qword [r13 + 0x8]
;;    74: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (126 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x40
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: pand xmm2, xmm1
;;    25: movups xmm1, xmmword [rbp + 0x20]
;;    29: por xmm2, xmm1
;;    2d: movups xmm1, xmmword [rbp + 0x10]
;;    31: pxor xmm2, xmm1
;;    35: movups xmm1, xmmword [rbp + 0x20]
;;    39: movaps xmm15, xmm1
;;    3d: pandn xmm15, xmm2
;;    42: movaps xmm2, xmm15
;;    46: pcmpeqd xmm15, xmm15
;;    4b: pxor xmm2, xmm15
;;    50: movups xmmword [rbp + 0x10], xmm2
;;    54: mov rsp, rbp
;;    57: pop rbp
;;    58: ret
;;    59: mov eax, 0x9
;;    5e: jmp $+0x16
;;    63: mov ebx, eax
;;    65: mov rdi, rbp
;;    68: lea rsi, qword [rip - 0xc]
;;    6f: and rsp, -0x10
;;    73: call qword [r14 + 0x30]
;;    77: mov eax, ebx
;;    79: mov rsp, qword [r13 + 0x8]
;;    7d: ret

;; ==== aarch64 ====
;; function 0 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: ldr q0, [x29, #0x20]
;;    28: ldr q1, [x29, #0x10]
;;    2c: and v1.16b, v1.16b, v0.16b
;;    30: ldr q0, [x29, #0x20]
;;    34: orr v1.16b, v1.16b, v0.16b
;;    38: ldr q0, [x29, #0x10]
;;    3c: eor v1.16b, v1.16b, v0.16b
;;    40: ldr q0, [x29, #0x20]
;;    44: bic v1.16b, v1.16b, v0.16b
;;    48: mvn v1.16b, v1.16b
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
