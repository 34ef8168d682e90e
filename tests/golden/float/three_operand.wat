;; Float arithmetic in three-operand form: the right operand read from the frame (a
;; parameter), the left one kept because its local is read again (the result goes to a new
;; register), a constant on the right, x * x. With AVX one instruction each (vaddsd d, a,
;; [m]); the baseline copies first; aarch64 loads memory operands into a scratch register.
(module (func (param f64 f64) (result f64) (local f64)
  (local.set 2 (f64.mul (local.get 0) (f64.const 1.5)))
  (f64.add (f64.sub (local.get 2) (local.get 1))
    (f64.mul (local.get 2) (local.get 2)))))

;; ==== x64 ====
;; function 0 (113 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x33
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: mov rax, 0x3ff8000000000000
;;    28: movq xmm15, rax
;;    2d: vmulsd xmm1, xmm1, xmm15
;;    32: vsubsd xmm2, xmm1, qword [rbp + 0x18]
;;    37: movaps xmm3, xmm1
;;    3b: vmulsd xmm1, xmm1, xmm3
;;    3f: vaddsd xmm2, xmm2, xmm1
;;    43: movaps xmm0, xmm2
;;    47: mov rsp, rbp
;;    4a: pop rbp
;;    4b: ret
;;    4c: mov eax, 0x9
;;    51: jmp $+0x16
;;    56: mov ebx, eax
;;    58: mov rdi, rbp
;;    5b: lea rsi, qword [rip - 0xc]
;;    62: and rsp, -0x10
;;    66: call qword [r14 + 0x30]
;;    6a: mov eax, ebx
;;    6c: mov rsp, qword [r13 + 0x8]
;;    70: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (117 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x37
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: mov rax, 0x3ff8000000000000
;;    28: movq xmm15, rax
;;    2d: mulsd xmm1, xmm15
;;    32: movaps xmm2, xmm1
;;    36: subsd xmm2, qword [rbp + 0x18]
;;    3b: movaps xmm3, xmm1
;;    3f: mulsd xmm1, xmm3
;;    43: addsd xmm2, xmm1
;;    47: movaps xmm0, xmm2
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

;; ==== aarch64 ====
;; function 0 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr d0, [x29, #0x10]
;;    24: mov x17, #0x3ff8000000000000
;;    28: fmov d31, x17
;;    2c: fmul d0, d0, d31
;;    30: ldr d31, [x29, #0x18]
;;    34: fsub d1, d0, d31
;;    38: fmov d2, d0
;;    3c: fmul d0, d0, d2
;;    40: fadd d1, d1, d0
;;    44: fmov d0, d1
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x24
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
