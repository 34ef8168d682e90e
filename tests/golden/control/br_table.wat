;; br_table: a bounds check to the default, then a jump table.
(module (func (param i32) (result i32)
  (block (block (block (block (br_table 0 1 2 3 (local.get 0)))
    (return (i32.const 10))) (return (i32.const 20))) (return (i32.const 30)))
  (i32.const 40)))

;; ==== x64 ====
;; function 0 (169 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x67
;;    1d: mov dword [rbp + 0x10], esi
;;    20: cmp esi, 0x3
;;    27: jnb $+0x4c
;;    2d: lea rax, qword [rip + 0xc]
;;    34: lea rax, qword [rax + rsi * 8]
;;    38: jmp rax
;;    3a: nop
;;    3b: nop
;;    3c: nop
;;    3d: nop
;;    3e: nop
;;    3f: nop
;;    40: jmp $+0x13
;;    45: int 0x3
;;    46: int 0x3
;;    47: int 0x3
;;    48: jmp $+0x16
;;    4d: int 0x3
;;    4e: int 0x3
;;    4f: int 0x3
;;    50: jmp $+0x19
;;    55: int 0x3
;;    56: int 0x3
;;    57: int 0x3
;;    58: mov eax, 0xa
;;    5e: mov rsp, rbp
;;    61: pop rbp
;;    62: ret
;;    63: mov eax, 0x14
;;    69: mov rsp, rbp
;;    6c: pop rbp
;;    6d: ret
;;    6e: mov eax, 0x1e
;;    74: mov rsp, rbp
;;    77: pop rbp
;;    78: ret
;;    79: mov eax, 0x28
;;    7f: mov rsp, rbp
;;    82: pop rbp
;;    83: ret
;;    84: mov eax, 0x9
;;    89: jmp $+0x16
;;    8e: mov ebx, eax
;;    90: mov rdi, rbp
;;    93: lea rsi, qword [rip - 0xc]
;;    9a: and rsp, -0x10
;;    9e: call qword [r14 + 0x30]
;;    a2: mov eax, ebx
;;    a4: mov rsp, qword [r13 + 0x8]
;;    a8: ret

;; ==== aarch64 ====
;; function 0 (192 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x68
;;    24: str w0, [x29, #0x10]
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
