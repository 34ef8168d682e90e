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
;; function 0 (144 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x60
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x4e
;;    1d: xorps xmm0, xmm0
;;    21: movups xmmword [rbp - 0x28], xmm0
;;    25: movups xmm1, xmmword [r15]
;;    29: mov dword [rbp + 0x10], esi
;;    2c: movups xmmword [rbp - 0x18], xmm1
;;    30: movups xmm14, xmmword [rbp - 0x28]
;;    35: vmulps xmm2, xmm1, xmm14
;;    3a: vpcmpeqd xmm15, xmm15, xmm15
;;    3f: vpsrld xmm15, xmm15, 0x1
;;    45: vpand xmm3, xmm1, xmm15
;;    4a: vaddps xmm2, xmm2, xmm3
;;    4e: vpslld xmm3, xmm1, 0x3
;;    53: vaddps xmm2, xmm2, xmm3
;;    57: movaps xmm14, xmm2
;;    5b: sub esi, 0x1
;;    5e: test esi, esi
;;    60: jnz $-0x2d
;;    62: movups xmmword [r15], xmm14
;;    66: mov rsp, rbp
;;    69: pop rbp
;;    6a: ret
;;    6b: mov eax, 0x9
;;    70: jmp $+0x16
;;    75: mov ebx, eax
;;    77: mov rdi, rbp
;;    7a: lea rsi, qword [rip - 0xc]
;;    81: and rsp, -0x10
;;    85: call qword [r14 + 0x30]
;;    89: mov eax, ebx
;;    8b: mov rsp, qword [r13 + 0x8]
;;    8f: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (153 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x60
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x57
;;    1d: xorps xmm0, xmm0
;;    21: movups xmmword [rbp - 0x28], xmm0
;;    25: movups xmm1, xmmword [r15]
;;    29: mov dword [rbp + 0x10], esi
;;    2c: movups xmmword [rbp - 0x18], xmm1
;;    30: movups xmm14, xmmword [rbp - 0x28]
;;    35: movaps xmm2, xmm1
;;    39: mulps xmm2, xmm14
;;    3d: pcmpeqd xmm15, xmm15
;;    42: psrld xmm15, 0x1
;;    48: movaps xmm3, xmm1
;;    4c: pand xmm3, xmm15
;;    51: addps xmm2, xmm3
;;    54: movaps xmm3, xmm1
;;    58: pslld xmm3, 0x3
;;    5d: addps xmm2, xmm3
;;    60: movaps xmm14, xmm2
;;    64: sub esi, 0x1
;;    67: test esi, esi
;;    69: jnz $-0x36
;;    6b: movups xmmword [r15], xmm14
;;    6f: mov rsp, rbp
;;    72: pop rbp
;;    73: ret
;;    74: mov eax, 0x9
;;    79: jmp $+0x16
;;    7e: mov ebx, eax
;;    80: mov rdi, rbp
;;    83: lea rsi, qword [rip - 0xc]
;;    8a: and rsp, -0x10
;;    8e: call qword [r14 + 0x30]
;;    92: mov eax, ebx
;;    94: mov rsp, qword [r13 + 0x8]
;;    98: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x60
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x50
;;    24: stp xzr, xzr, [x29, #-0x28]
;;    28: mov x16, #0x0
;;    2c: ldr q0, [x27, x16]
;;    30: str w0, [x29, #0x10]
;;    34: stur q0, [x29, #-0x18]
;;    38: ldur q29, [x29, #-0x28]
;;    3c: fmul v1.4s, v0.4s, v29.4s
;;    40: fabs v2.4s, v0.4s
;;    44: fadd v1.4s, v1.4s, v2.4s
;;    48: shl v2.4s, v0.4s, #0x3
;;    4c: fadd v1.4s, v1.4s, v2.4s
;;    50: mov v29.16b, v1.16b
;;    54: sub w0, w0, #0x1
;;    58: cbnz w0, $-0x1c
;;    5c: mov x16, #0x0
;;    60: str q29, [x27, x16]
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
