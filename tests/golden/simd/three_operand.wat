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
;; function 0 (143 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x51
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: movups xmm1, xmmword [r15]
;;    25: movups xmmword [rbp - 0x18], xmm1
;;    29: mov r12d, dword [rbp + 0x10]
;;    2d: movups xmm14, xmmword [rbp - 0x28]
;;    32: vmulps xmm2, xmm1, xmm14
;;    37: vpcmpeqd xmm15, xmm15, xmm15
;;    3c: vpsrld xmm15, xmm15, 0x1
;;    42: vpand xmm3, xmm1, xmm15
;;    47: vaddps xmm2, xmm2, xmm3
;;    4b: vpslld xmm3, xmm1, 0x3
;;    50: vaddps xmm2, xmm2, xmm3
;;    54: movaps xmm14, xmm2
;;    58: sub r12d, 0x1
;;    5c: test r12d, r12d
;;    5f: jnz $-0x2f
;;    61: movups xmmword [r15], xmm14
;;    65: mov rsp, rbp
;;    68: pop rbp
;;    69: ret
;;    6a: mov eax, 0x9
;;    6f: jmp $+0x16
;;    74: mov ebx, eax
;;    76: mov rdi, rbp
;;    79: lea rsi, qword [rip - 0xc]
;;    80: and rsp, -0x10
;;    84: call qword [r14 + 0x30]
;;    88: mov eax, ebx
;;    8a: mov rsp, qword [r13 + 0x8]
;;    8e: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (152 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5a
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: movups xmm1, xmmword [r15]
;;    25: movups xmmword [rbp - 0x18], xmm1
;;    29: mov r12d, dword [rbp + 0x10]
;;    2d: movups xmm14, xmmword [rbp - 0x28]
;;    32: movaps xmm2, xmm1
;;    36: mulps xmm2, xmm14
;;    3a: pcmpeqd xmm15, xmm15
;;    3f: psrld xmm15, 0x1
;;    45: movaps xmm3, xmm1
;;    49: pand xmm3, xmm15
;;    4e: addps xmm2, xmm3
;;    51: movaps xmm3, xmm1
;;    55: pslld xmm3, 0x3
;;    5a: addps xmm2, xmm3
;;    5d: movaps xmm14, xmm2
;;    61: sub r12d, 0x1
;;    65: test r12d, r12d
;;    68: jnz $-0x38
;;    6a: movups xmmword [r15], xmm14
;;    6e: mov rsp, rbp
;;    71: pop rbp
;;    72: ret
;;    73: mov eax, 0x9
;;    78: jmp $+0x16
;;    7d: mov ebx, eax
;;    7f: mov rdi, rbp
;;    82: lea rsi, qword [rip - 0xc]
;;    89: and rsp, -0x10
;;    8d: call qword [r14 + 0x30]
;;    91: mov eax, ebx
;;    93: mov rsp, qword [r13 + 0x8]
;;    97: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x50
;;    20: stp xzr, xzr, [x29, #-0x28]
;;    24: mov x16, #0x0
;;    28: ldr q0, [x27, x16]
;;    2c: stur q0, [x29, #-0x18]
;;    30: ldr w25, [x29, #0x10]
;;    34: ldur q29, [x29, #-0x28]
;;    38: fmul v1.4s, v0.4s, v29.4s
;;    3c: fabs v2.4s, v0.4s
;;    40: fadd v1.4s, v1.4s, v2.4s
;;    44: shl v2.4s, v0.4s, #0x3
;;    48: fadd v1.4s, v1.4s, v2.4s
;;    4c: mov v29.16b, v1.16b
;;    50: sub w25, w25, #0x1
;;    54: cbnz w25, $-0x1c
;;    58: mov x16, #0x0
;;    5c: str q29, [x27, x16]
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
