;; A loop-invariant v128 in a loop home, read as the left operand of a product, an abs and a
;; shift: AVX and NEON write each result to another register without copying the home
;; first; baseline SSE copies it.
(module
  (memory 1)
  (func (param i32) (local v128 v128)
    (local.set 1 (v128.load (i32.const 0)))
    (loop
      local.get 1 local.get 2 f32x4.mul
      local.get 1 f32x4.abs
      f32x4.add
      local.get 1 i32.const 3 i32x4.shl
      f32x4.add
      local.set 2
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if 0)
    (v128.store (i32.const 0) (local.get 2))))

;; ==== x64 ====
;; function 0 (160 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x62
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: movups xmmword [rbp - 0x18], xmm0
;;    25: movups xmm1, xmmword [r15]
;;    29: movups xmmword [rbp - 0x18], xmm1
;;    2d: mov r12d, dword [rbp + 0x10]
;;    31: movups xmm14, xmmword [rbp - 0x28]
;;    36: vmulps xmm2, xmm1, xmm14
;;    3b: vpcmpeqd xmm15, xmm15, xmm15
;;    40: vpsrld xmm15, xmm15, 0x1
;;    46: vpand xmm3, xmm1, xmm15
;;    4b: vaddps xmm2, xmm2, xmm3
;;    4f: vpslld xmm3, xmm1, 0x3
;;    54: vaddps xmm2, xmm2, xmm3
;;    58: movaps xmm14, xmm2
;;    5c: sub r12d, 0x1
;;    60: test r12d, r12d
;;    63: jnz $-0x2f
;;    65: movups xmmword [rbp - 0x18], xmm1
;;    69: mov dword [rbp + 0x10], r12d
;;    6d: movups xmmword [rbp - 0x28], xmm14
;;    72: movups xmmword [r15], xmm14
;;    76: mov rsp, rbp
;;    79: pop rbp
;;    7a: ret
;;    7b: mov eax, 0x9
;;    80: jmp $+0x16
;;    85: mov ebx, eax
;;    87: mov rdi, rbp
;;    8a: lea rsi, qword [rip - 0xc]
;;    91: and rsp, -0x10
;;    95: call qword [r14 + 0x30]
;;    99: mov eax, ebx
;;    9b: mov rsp, qword [r13 + 0x8]
;;    9f: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT) ====
;; function 0 (169 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x6b
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: movups xmmword [rbp - 0x18], xmm0
;;    25: movups xmm1, xmmword [r15]
;;    29: movups xmmword [rbp - 0x18], xmm1
;;    2d: mov r12d, dword [rbp + 0x10]
;;    31: movups xmm14, xmmword [rbp - 0x28]
;;    36: movaps xmm2, xmm1
;;    3a: mulps xmm2, xmm14
;;    3e: pcmpeqd xmm15, xmm15
;;    43: psrld xmm15, 0x1
;;    49: movaps xmm3, xmm1
;;    4d: pand xmm3, xmm15
;;    52: addps xmm2, xmm3
;;    55: movaps xmm3, xmm1
;;    59: pslld xmm3, 0x3
;;    5e: addps xmm2, xmm3
;;    61: movaps xmm14, xmm2
;;    65: sub r12d, 0x1
;;    69: test r12d, r12d
;;    6c: jnz $-0x38
;;    6e: movups xmmword [rbp - 0x18], xmm1
;;    72: mov dword [rbp + 0x10], r12d
;;    76: movups xmmword [rbp - 0x28], xmm14
;;    7b: movups xmmword [r15], xmm14
;;    7f: mov rsp, rbp
;;    82: pop rbp
;;    83: ret
;;    84: mov eax, 0x9
;;    89: jmp $+0x16
;;    8e: mov ebx, eax
;;    90: mov rdi, rbp
;;    93: lea rsi, qword [rip - 0xc]
;;    9a: and rsp, -0x10
;;    9e: call qword [r14 + 0x30]
;;    a2: mov eax, ebx
;;    a4: mov rsp, qword [r13 + 0x8]
;;    a8: ret

;; ==== aarch64 ====
;; function 0 (192 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x68
;;    24: stur xzr, [x29, #-0x28]
;;    28: stur xzr, [x29, #-0x20]
;;    2c: stur xzr, [x29, #-0x18]
;;    30: stur xzr, [x29, #-0x10]
;;    34: mov x16, #0x0
;;    38: ldr q0, [x27, x16]
;;    3c: stur q0, [x29, #-0x18]
;;    40: ldr w25, [x29, #0x10]
;;    44: ldur q29, [x29, #-0x28]
;;    48: fmul v1.4s, v0.4s, v29.4s
;;    4c: fabs v2.4s, v0.4s
;;    50: fadd v1.4s, v1.4s, v2.4s
;;    54: shl v2.4s, v0.4s, #0x3
;;    58: fadd v1.4s, v1.4s, v2.4s
;;    5c: mov v29.16b, v1.16b
;;    60: sub w25, w25, #0x1
;;    64: cbnz w25, $-0x1c
;;    68: stur q0, [x29, #-0x18]
;;    6c: str w25, [x29, #0x10]
;;    70: stur q29, [x29, #-0x28]
;;    74: mov x16, #0x0
;;    78: str q29, [x27, x16]
;;    7c: mov sp, x29
;;    80: ldp x29, x30, [sp], #0x10
;;    84: ret
;;    88: mov w0, #0x9
;;    8c: b $+0x24
;;    90: mov w19, w0
;;    94: mov x0, x29
;;    98: adr x1, $-0x8
;;    9c: mov x16, sp
;;    a0: and sp, x16, #0xfffffffffffffff0
;;    a4: ldr x17, [x28, #0x30]
;;    a8: blr x17
;;    ac: mov w0, w19
;;    b0: ldr x16, [x26, #0x8]
;;    b4: ldr x17, [x16]
;;    b8: add sp, x16, #0x10
;;    bc: br x17
