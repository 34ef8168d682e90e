;; Rounding toward +inf and -inf.
(module (func (param f64) (result f64) (f64.add (f64.ceil (local.get 0)) (f64.floor (local.get 0)))))

;; ==== x64 ====
;; function 0 (99 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x25
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: roundsd xmm1, xmm1, 0xa
;;    25: movsd xmm2, qword [rbp + 0x10]
;;    2a: roundsd xmm2, xmm2, 0x9
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
;; function 0 (99 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x25
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: roundsd xmm1, xmm1, 0xa
;;    25: movsd xmm2, qword [rbp + 0x10]
;;    2a: roundsd xmm2, xmm2, 0x9
;;    31: addsd xmm1, xmm2
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

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: ldr d0, [x29, #0x10]
;;    24: frintp d0, d0
;;    28: ldr d1, [x29, #0x10]
;;    2c: frintm d1, d1
;;    30: fadd d0, d0, d1
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
