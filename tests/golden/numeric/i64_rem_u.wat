;; 64-bit unsigned remainder.
(module (func (param i64 i64) (result i64) (i64.rem_u (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (108 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x24
;;    19: mov rbx, qword [rbp + 0x18]
;;    1d: mov rsi, qword [rbp + 0x10]
;;    21: test rbx, rbx
;;    24: jz $+0x1d
;;    2a: mov rax, rsi
;;    2d: xor edx, edx
;;    2f: div rbx
;;    32: mov rsi, rdx
;;    35: mov rax, rsi
;;    38: mov rsp, rbp
;;    3b: pop rbp
;;    3c: ret
;;    3d: mov eax, 0x9
;;    42: jmp $+0x20
;;    47: mov eax, 0x2
;;    4c: jmp $+0x0
;;    51: mov ebx, eax
;;    53: mov rdi, rbp
;;    56: lea rsi, qword [rip - 0xc]
;;    5d: and rsp, -0x10
;;    61: call qword [r14 + 0x30]
;;    65: mov eax, ebx
;;    67: mov rsp, qword [r13 + 0x8]
;;    6b: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x28
;;    24: ldr x0, [x29, #0x18]
;;    28: ldr x1, [x29, #0x10]
;;    2c: cbz x0, $+0x24
;;    30: udiv x16, x1, x0
;;    34: msub x1, x16, x0, x1
;;    38: mov x0, x1
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x2c
;;    50: mov w0, #0x2
;;    54: b $+0x4
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
