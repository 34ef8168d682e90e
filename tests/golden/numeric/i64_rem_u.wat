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
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr x0, [x29, #0x18]
;;    24: ldr x1, [x29, #0x10]
;;    28: cbz x0, $+0x24
;;    2c: udiv x16, x1, x0
;;    30: msub x1, x16, x0, x1
;;    34: mov x0, x1
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x2c
;;    4c: mov w0, #0x2
;;    50: b $+0x4
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
