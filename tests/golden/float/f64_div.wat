;; f64 division.
(module (func (param f64 f64) (result f64) (f64.div (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (81 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x13
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: vdivsd xmm1, xmm1, qword [rbp + 0x18]
;;    23: movaps xmm0, xmm1
;;    27: mov rsp, rbp
;;    2a: pop rbp
;;    2b: ret
;;    2c: mov eax, 0x9
;;    31: jmp $+0x16
;;    36: mov ebx, eax
;;    38: mov rdi, rbp
;;    3b: lea rsi, qword [rip - 0xc]
;;    42: and rsp, -0x10
;;    46: call qword [r14 + 0x30]
;;    4a: mov eax, ebx
;;    4c: mov rsp, qword [r13 + 0x8]
;;    50: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (81 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x13
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: divsd xmm1, qword [rbp + 0x18]
;;    23: movaps xmm0, xmm1
;;    27: mov rsp, rbp
;;    2a: pop rbp
;;    2b: ret
;;    2c: mov eax, 0x9
;;    31: jmp $+0x16
;;    36: mov ebx, eax
;;    38: mov rdi, rbp
;;    3b: lea rsi, qword [rip - 0xc]
;;    42: and rsp, -0x10
;;    46: call qword [r14 + 0x30]
;;    4a: mov eax, ebx
;;    4c: mov rsp, qword [r13 + 0x8]
;;    50: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x1c
;;    20: ldr d0, [x29, #0x10]
;;    24: ldr d31, [x29, #0x18]
;;    28: fdiv d0, d0, d31
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x9
;;    3c: b $+0x24
;;    40: mov w19, w0
;;    44: mov x0, x29
;;    48: adr x1, $-0x8
;;    4c: mov x16, sp
;;    50: and sp, x16, #0xfffffffffffffff0
;;    54: ldr x17, [x28, #0x30]
;;    58: blr x17
;;    5c: mov w0, w19
;;    60: ldr x16, [x26, #0x8]
;;    64: ldr x17, [x16]
;;    68: add sp, x16, #0x10
;;    6c: br x17
