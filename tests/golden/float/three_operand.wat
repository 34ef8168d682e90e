;; Float arithmetic in three-operand form: the right operand read from the frame (a
;; parameter), the left one kept because its local is read again (the result goes to a new
;; register), a constant on the right, x * x. With AVX one instruction each (vaddsd d, a,
;; [m]); the baseline copies first; aarch64 loads memory operands into a scratch register.
(module (func (param f64 f64) (result f64) (local f64)
  (local.set 2 (f64.mul (local.get 0) (f64.const 1.5)))
  (f64.add (f64.sub (local.get 2) (local.get 1))
    (f64.mul (local.get 2) (local.get 2)))))

;; ==== x64 ====
;; function 0 (118 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x38
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: mov rax, 0x3ff8000000000000
;;    28: movq xmm15, rax
;;    2d: vmulsd xmm1, xmm1, xmm15
;;    32: movsd qword [rbp - 0x10], xmm1
;;    37: vsubsd xmm2, xmm1, qword [rbp + 0x18]
;;    3c: movaps xmm3, xmm1
;;    40: vmulsd xmm1, xmm1, xmm3
;;    44: vaddsd xmm2, xmm2, xmm1
;;    48: movaps xmm0, xmm2
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

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (122 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3c
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: mov rax, 0x3ff8000000000000
;;    28: movq xmm15, rax
;;    2d: mulsd xmm1, xmm15
;;    32: movsd qword [rbp - 0x10], xmm1
;;    37: movaps xmm2, xmm1
;;    3b: subsd xmm2, qword [rbp + 0x18]
;;    40: movaps xmm3, xmm1
;;    44: mulsd xmm1, xmm3
;;    48: addsd xmm2, xmm1
;;    4c: movaps xmm0, xmm2
;;    50: mov rsp, rbp
;;    53: pop rbp
;;    54: ret
;;    55: mov eax, 0x9
;;    5a: jmp $+0x16
;;    5f: mov ebx, eax
;;    61: mov rdi, rbp
;;    64: lea rsi, qword [rip - 0xc]
;;    6b: and rsp, -0x10
;;    6f: call qword [r14 + 0x30]
;;    73: mov eax, ebx
;;    75: mov rsp, qword [r13 + 0x8]
;;    79: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr d0, [x29, #0x10]
;;    24: mov x17, #0x3ff8000000000000
;;    28: fmov d31, x17
;;    2c: fmul d0, d0, d31
;;    30: stur d0, [x29, #-0x10]
;;    34: ldr d31, [x29, #0x18]
;;    38: fsub d1, d0, d31
;;    3c: fmov d2, d0
;;    40: fmul d0, d0, d2
;;    44: fadd d1, d1, d0
;;    48: fmov d0, d1
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x24
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
