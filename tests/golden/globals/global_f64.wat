;; A float global.
(module (global $g (mut f64) (f64.const 1))
  (func (param f64) (result f64) (global.set $g (f64.mul (global.get $g) (local.get 0))) (global.get $g)))

;; ==== x64 ====
;; function 0 (100 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x26
;;    19: mov rbx, qword [r14 + 0x50]
;;    1d: movsd xmm1, qword [rbx]
;;    21: vmulsd xmm1, xmm1, qword [rbp + 0x10]
;;    26: mov rbx, qword [r14 + 0x50]
;;    2a: movsd qword [rbx], xmm1
;;    2e: mov rbx, qword [r14 + 0x50]
;;    32: movsd xmm1, qword [rbx]
;;    36: movaps xmm0, xmm1
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x16
;;    49: mov ebx, eax
;;    4b: mov rdi, rbp
;;    4e: lea rsi, qword [rip - 0xc]
;;    55: and rsp, -0x10
;;    59: call qword [r14 + 0x30]
;;    5d: mov eax, ebx
;;    5f: mov rsp, qword [r13 + 0x8]
;;    63: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (100 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x26
;;    19: mov rbx, qword [r14 + 0x50]
;;    1d: movsd xmm1, qword [rbx]
;;    21: mulsd xmm1, qword [rbp + 0x10]
;;    26: mov rbx, qword [r14 + 0x50]
;;    2a: movsd qword [rbx], xmm1
;;    2e: mov rbx, qword [r14 + 0x50]
;;    32: movsd xmm1, qword [rbx]
;;    36: movaps xmm0, xmm1
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x16
;;    49: mov ebx, eax
;;    4b: mov rdi, rbp
;;    4e: lea rsi, qword [rip - 0xc]
;;    55: and rsp, -0x10
;;    59: call qword [r14 + 0x30]
;;    5d: mov eax, ebx
;;    5f: mov rsp, qword [r13 + 0x8]
;;    63: ret

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x30
;;    20: ldr x0, [x28, #0x50]
;;    24: ldr d0, [x0]
;;    28: ldr d31, [x29, #0x10]
;;    2c: fmul d0, d0, d31
;;    30: ldr x0, [x28, #0x50]
;;    34: str d0, [x0]
;;    38: ldr x0, [x28, #0x50]
;;    3c: ldr d0, [x0]
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
