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
;; function 0 (192 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x68
;;    24: ldr w0, [x29, #0x10]
;;    28: cmp w0, #0x3
;;    2c: b.hs $+0x4c
;;    30: adr x16, $+0xc
;;    34: add x16, x16, x0, lsl #2
;;    38: br x16
;;    3c: b $+0xc
;;    40: b $+0x18
;;    44: b $+0x24
;;    48: mov w0, #0xa
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x14
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, #0x1e
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: mov w0, #0x28
;;    7c: mov sp, x29
;;    80: ldp x29, x30, [sp], #0x10
;;    84: ret
;;    88: mov w0, #0x9
;;    8c: b $+0x24
;;    90: mov w19, w0
;;    94: mov x0, x29
;;    98: adr x1, $-0x8
;;    9c: mov x16, sp
;;    a0: and sp, x16, #0xfffffffffffffff0
;;    a4: ldr x17, [x28, #0x30]
;;    a8: blr x17
;;    ac: mov w0, w19
;;    b0: ldr x16, [x26, #0x8]
;;    b4: ldr x17, [x16]
;;    b8: add sp, x16, #0x10
;;    bc: br x17
