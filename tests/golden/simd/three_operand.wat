;; A loop-invariant v128 in a loop home, read as the left operand: AVX and NEON write the
;; product to another register without copying the home first; baseline SSE copies it.
(module
  (memory 1)
  (func (param i32) (local v128 v128)
    (local.set 1 (v128.load (i32.const 0)))
    (loop
      local.get 1 local.get 2 f32x4.mul
      local.get 1 f32x4.abs
      f32x4.add
      local.set 2
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if 0)
    (v128.store (i32.const 0) (local.get 2))))

;; ==== x64 ====
;; function 0 (151 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x50
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x59
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
;;    4f: movaps xmm14, xmm2
;;    53: sub r12d, 0x1
;;    57: test r12d, r12d
;;    5a: jnz $-0x26
;;    5c: movups xmmword [rbp - 0x18], xmm1
;;    60: mov dword [rbp + 0x10], r12d
;;    64: movups xmmword [rbp - 0x28], xmm14
;;    69: movups xmmword [r15], xmm14
;;    6d: mov rsp, rbp
;;    70: pop rbp
;;    71: ret
;;    72: mov eax, 0x9
;;    77: jmp $+0x16
;;    7c: mov ebx, eax
;;    7e: mov rdi, rbp
;;    81: lea rsi, qword [rip - 0xc]
;;    88: and rsp, -0x10
;;    8c: call qword [r14 + 0x30]
;;    90: mov eax, ebx
;;    92: mov rsp, qword [r13 + 0x8]
;;    96: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT) ====
;; function 0 (157 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x50
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5f
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
;;    55: movaps xmm14, xmm2
;;    59: sub r12d, 0x1
;;    5d: test r12d, r12d
;;    60: jnz $-0x2c
;;    62: movups xmmword [rbp - 0x18], xmm1
;;    66: mov dword [rbp + 0x10], r12d
;;    6a: movups xmmword [rbp - 0x28], xmm14
;;    6f: movups xmmword [r15], xmm14
;;    73: mov rsp, rbp
;;    76: pop rbp
;;    77: ret
;;    78: mov eax, 0x9
;;    7d: jmp $+0x16
;;    82: mov ebx, eax
;;    84: mov rdi, rbp
;;    87: lea rsi, qword [rip - 0xc]
;;    8e: and rsp, -0x10
;;    92: call qword [r14 + 0x30]
;;    96: mov eax, ebx
;;    98: mov rsp, qword [r13 + 0x8]
;;    9c: ret

;; ==== aarch64 ====
;; function 0 (184 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x50
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x60
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
;;    54: mov v29.16b, v1.16b
;;    58: sub w25, w25, #0x1
;;    5c: cbnz w25, $-0x14
;;    60: stur q0, [x29, #-0x18]
;;    64: str w25, [x29, #0x10]
;;    68: stur q29, [x29, #-0x28]
;;    6c: mov x16, #0x0
;;    70: str q29, [x27, x16]
;;    74: mov sp, x29
;;    78: ldp x29, x30, [sp], #0x10
;;    7c: ret
;;    80: mov w0, #0x9
;;    84: b $+0x24
;;    88: mov w19, w0
;;    8c: mov x0, x29
;;    90: adr x1, $-0x8
;;    94: mov x16, sp
;;    98: and sp, x16, #0xfffffffffffffff0
;;    9c: ldr x17, [x28, #0x30]
;;    a0: blr x17
;;    a4: mov w0, w19
;;    a8: ldr x16, [x26, #0x8]
;;    ac: ldr x17, [x16]
;;    b0: add sp, x16, #0x10
;;    b4: br x17
