;; select of floats.
(module (func (param f64 f64 i32) (result f64) (select (local.get 0) (local.get 1) (local.get 2))))

;; ==== x64 ====
;; function 0 (91 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1d
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: cmp dword [rbp + 0x20], 0x0
;;    22: jnz $+0x5
;;    28: movsd xmm1, qword [rbp + 0x18]
;;    2d: movaps xmm0, xmm1
;;    31: mov rsp, rbp
;;    34: pop rbp
;;    35: ret
;;    36: mov eax, 0x9
;;    3b: jmp $+0x16
;;    40: mov ebx, eax
;;    42: mov rdi, rbp
;;    45: lea rsi, qword [rip - 0xc]
;;    4c: and rsp, -0x10
;;    50: call qword [r14 + 0x30]
;;    54: mov eax, ebx
;;    56: mov rsp, qword [r13 + 0x8]
;;    5a: ret

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
;;    24: ldr w16, [x29, #0x20]
;;    28: cmp w16, #0x0
;;    2c: ldr d31, [x29, #0x18]
;;    30: fcsel d0, d0, d31, ne
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
