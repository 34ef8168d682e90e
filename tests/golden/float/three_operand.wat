;; Float arithmetic in three-operand form: the right operand read from the frame (a
;; parameter), the left one kept because its local is read again (the result goes to a new
;; register), a constant on the right, x * x. With AVX one instruction each (vaddsd d, a,
;; [m]); the baseline copies first; aarch64 loads memory operands into a scratch register.
(module (func (param f64 f64) (result f64) (local f64)
  (local.set 2 (f64.mul (local.get 0) (f64.const 1.5)))
  (f64.add (f64.sub (local.get 2) (local.get 1))
    (f64.mul (local.get 2) (local.get 2)))))

;; ==== x64 ====
;; function 0 (119 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x30
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x2d
;;    25: mov rax, 0x3ff8000000000000
;;    2f: movq xmm15, rax
;;    34: vmulsd xmm1, xmm1, xmm15
;;    39: vsubsd xmm3, xmm1, xmm2
;;    3d: movaps xmm4, xmm1
;;    41: vmulsd xmm1, xmm1, xmm4
;;    45: vaddsd xmm3, xmm3, xmm1
;;    49: movaps xmm0, xmm3
;;    4d: mov rsp, rbp
;;    50: pop rbp
;;    51: ret
;;    52: mov eax, 0x9
;;    57: jmp $+0x16
;;    5c: mov ebx, eax
;;    5e: mov rdi, rbp
;;    61: lea rsi, qword [rip - 0xc]
;;    68: and rsp, -0x10
;;    6c: call qword [r14 + 0x30]
;;    70: mov eax, ebx
;;    72: mov rsp, qword [r13 + 0x8]
;;    76: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (123 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x30
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x31
;;    25: mov rax, 0x3ff8000000000000
;;    2f: movq xmm15, rax
;;    34: mulsd xmm1, xmm15
;;    39: movaps xmm3, xmm1
;;    3d: subsd xmm3, xmm2
;;    41: movaps xmm4, xmm1
;;    45: mulsd xmm1, xmm4
;;    49: addsd xmm3, xmm1
;;    4d: movaps xmm0, xmm3
;;    51: mov rsp, rbp
;;    54: pop rbp
;;    55: ret
;;    56: mov eax, 0x9
;;    5b: jmp $+0x16
;;    60: mov ebx, eax
;;    62: mov rdi, rbp
;;    65: lea rsi, qword [rip - 0xc]
;;    6c: and rsp, -0x10
;;    70: call qword [r14 + 0x30]
;;    74: mov eax, ebx
;;    76: mov rsp, qword [r13 + 0x8]
;;    7a: ret

;; ==== aarch64 ====
;; function 0 (140 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: ldr d1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x30
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x30
;;    28: mov x17, #0x3ff8000000000000
;;    2c: fmov d31, x17
;;    30: fmul d0, d0, d31
;;    34: fsub d2, d0, d1
;;    38: fmov d3, d0
;;    3c: fmul d0, d0, d3
;;    40: fadd d2, d2, d0
;;    44: fmov d0, d2
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
