;; A value read three times at once: `local.tee t`'s value stays on the stack while
;; `(f64.add (local.get t) (local.get t))` reads the register twice more (polybench
;; heat-3d). One `vaddsd xmm, t, t`, with no store and reload of `t` through its slot.
(module (func (param f64 f64) (result f64) (local f64)
  (local.tee 2 (f64.mul (local.get 0) (local.get 1)))
  (f64.sub (local.get 1) (f64.add (local.get 2) (local.get 2)))
  (f64.add)))

;; ==== x64 ====
;; function 0 (99 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x30
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x19
;;    25: vmulsd xmm1, xmm1, xmm2
;;    29: vaddsd xmm3, xmm1, xmm1
;;    2d: vsubsd xmm2, xmm2, xmm3
;;    31: vaddsd xmm1, xmm1, xmm2
;;    35: movaps xmm0, xmm1
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x16
;;    48: mov ebx, eax
;;    4a: mov rdi, rbp
;;    4d: lea rsi, qword [rip - 0xc]
;;    54: and rsp, -0x10
;;    58: call qword [r14 + 0x30]
;;    5c: mov eax, ebx
;;    5e: mov rsp, qword [r13 + 0x8]
;;    62: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (103 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x30
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x1d
;;    25: mulsd xmm1, xmm2
;;    29: movaps xmm3, xmm1
;;    2d: addsd xmm3, xmm1
;;    31: subsd xmm2, xmm3
;;    35: addsd xmm1, xmm2
;;    39: movaps xmm0, xmm1
;;    3d: mov rsp, rbp
;;    40: pop rbp
;;    41: ret
;;    42: mov eax, 0x9
;;    47: jmp $+0x16
;;    4c: mov ebx, eax
;;    4e: mov rdi, rbp
;;    51: lea rsi, qword [rip - 0xc]
;;    58: and rsp, -0x10
;;    5c: call qword [r14 + 0x30]
;;    60: mov eax, ebx
;;    62: mov rsp, qword [r13 + 0x8]
;;    66: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: ldr d1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x30
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x20
;;    28: fmul d0, d0, d1
;;    2c: fadd d2, d0, d0
;;    30: fsub d1, d1, d2
;;    34: fadd d0, d0, d1
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
