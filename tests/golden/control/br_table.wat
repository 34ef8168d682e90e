;; br_table: a bounds check to the default, then a jump table.
(module (func (param i32) (result i32)
  (block (block (block (block (br_table 0 1 2 3 (local.get 0)))
    (return (i32.const 10))) (return (i32.const 20))) (return (i32.const 30)))
  (i32.const 40)))

;; ==== x64 ====
;; function 0 (161 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x63
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: cmp ebx, 0x3
;;    23: jnb $+0x48
;;    29: lea rax, qword [rip + 0x8]
;;    30: lea rax, qword [rax + rbx * 8]
;;    34: jmp rax
;;    36: nop
;;    37: nop
;;    38: jmp $+0x13
;;    3d: int 0x3
;;    3e: int 0x3
;;    3f: int 0x3
;;    40: jmp $+0x16
;;    45: int 0x3
;;    46: int 0x3
;;    47: int 0x3
;;    48: jmp $+0x19
;;    4d: int 0x3
;;    4e: int 0x3
;;    4f: int 0x3
;;    50: mov eax, 0xa
;;    56: mov rsp, rbp
;;    59: pop rbp
;;    5a: ret
;;    5b: mov eax, 0x14
;;    61: mov rsp, rbp
;;    64: pop rbp
;;    65: ret
;;    66: mov eax, 0x1e
;;    6c: mov rsp, rbp
;;    6f: pop rbp
;;    70: ret
;;    71: mov eax, 0x28
;;    77: mov rsp, rbp
;;    7a: pop rbp
;;    7b: ret
;;    7c: mov eax, 0x9
;;    81: jmp $+0x16
;;    86: mov ebx, eax
;;    88: mov rdi, rbp
;;    8b: lea rsi, qword [rip - 0xc]
;;    92: and rsp, -0x10
;;    96: call qword [r14 + 0x30]
;;    9a: mov eax, ebx
;;    9c: mov rsp, qword [r13 + 0x8]
;;    a0: ret

;; ==== aarch64 ====
;; function 0 (188 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x68
;;    20: ldr w0, [x29, #0x10]
;;    24: cmp w0, #0x3
;;    28: b.hs $+0x4c
;;    2c: adr x16, $+0xc
;;    30: add x16, x16, x0, lsl #2
;;    34: br x16
;;    38: b $+0xc
;;    3c: b $+0x18
;;    40: b $+0x24
;;    44: mov w0, #0xa
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x14
;;    58: mov sp, x29
;;    5c: ldp x29, x30, [sp], #0x10
;;    60: ret
;;    64: mov w0, #0x1e
;;    68: mov sp, x29
;;    6c: ldp x29, x30, [sp], #0x10
;;    70: ret
;;    74: mov w0, #0x28
;;    78: mov sp, x29
;;    7c: ldp x29, x30, [sp], #0x10
;;    80: ret
;;    84: mov w0, #0x9
;;    88: b $+0x24
;;    8c: mov w19, w0
;;    90: mov x0, x29
;;    94: adr x1, $-0x8
;;    98: mov x16, sp
;;    9c: and sp, x16, #0xfffffffffffffff0
;;    a0: ldr x17, [x28, #0x30]
;;    a4: blr x17
;;    a8: mov w0, w19
;;    ac: ldr x16, [x26, #0x8]
;;    b0: ldr x17, [x16]
;;    b4: add sp, x16, #0x10
;;    b8: br x17
