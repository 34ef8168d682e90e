;; Float arithmetic in three-operand form: the right operand read from the frame (a
;; parameter), the left one kept because its local is read again (the result goes to a new
;; register), a constant on the right, x * x. With AVX one instruction each (vaddsd d, a,
;; [m]); the baseline copies first; aarch64 loads memory operands into a scratch register.
(module (func (param f64 f64) (result f64) (local f64)
  (local.set 2 (f64.mul (local.get 0) (f64.const 1.5)))
  (f64.add (f64.sub (local.get 2) (local.get 1))
    (f64.mul (local.get 2) (local.get 2)))))

;; ==== x64 ====
;; function 0 (128 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x30
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x1d
;;    25: vmulsd xmm1, xmm1, qword [rip + 0x43]
;;    2d: vsubsd xmm3, xmm1, xmm2
;;    31: vmulsd xmm4, xmm1, xmm1
;;    35: vaddsd xmm3, xmm3, xmm4
;;    39: movaps xmm0, xmm3
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
;;    67: int 0x3
;;    68: int 0x3
;;    69: int 0x3
;;    6a: int 0x3
;;    6b: int 0x3
;;    6c: int 0x3
;;    6d: int 0x3
;;    6e: int 0x3
;;    6f: int 0x3
;;    70: .word 0x00000000
;;    74: .word 0x3ff80000
;;    78: .word 0x00000000
;;    7c: .word 0x00000000

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (128 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x30
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x25
;;    25: mulsd xmm1, qword [rip + 0x43]
;;    2d: movaps xmm3, xmm1
;;    31: subsd xmm3, xmm2
;;    35: movaps xmm4, xmm1
;;    39: mulsd xmm4, xmm1
;;    3d: addsd xmm3, xmm4
;;    41: movaps xmm0, xmm3
;;    45: mov rsp, rbp
;;    48: pop rbp
;;    49: ret
;;    4a: mov eax, 0x9
;;    4f: jmp $+0x16
;;    54: mov ebx, eax
;;    56: mov rdi, rbp
;;    59: lea rsi, qword [rip - 0xc]
;;    60: and rsp, -0x10
;;    64: call qword [r14 + 0x30]
;;    68: mov eax, ebx
;;    6a: mov rsp, qword [r13 + 0x8]
;;    6e: ret
;;    6f: int 0x3
;;    70: .word 0x00000000
;;    74: .word 0x3ff80000
;;    78: .word 0x00000000
;;    7c: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: ldr d1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x30
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x28
;;    28: fmov d31, #1.5
;;    2c: fmul d0, d0, d31
;;    30: fsub d2, d0, d1
;;    34: fmul d3, d0, d0
;;    38: fadd d2, d2, d3
;;    3c: fmov d0, d2
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x24
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
