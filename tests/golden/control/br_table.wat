;; br_table: a bounds check to the default, then a jump table.
(module (func (param i32) (result i32)
  (block (block (block (block (br_table 0 1 2 3 (local.get 0)))
    (return (i32.const 10))) (return (i32.const 20))) (return (i32.const 30)))
  (i32.const 40)))

;; ==== x64 ====
;; function 0 (157 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x5b
;;    1d: mov dword [rbp + 0x10], esi
;;    20: cmp esi, 0x3
;;    27: jnb $+0x40
;;    2d: lea rax, qword [rip + 0xc]
;;    34: movsxd rcx, dword [rax + rsi * 4]
;;    38: add rax, rcx
;;    3b: jmp rax
;;    3d: nop
;;    3e: nop
;;    3f: nop
;;    40: .word 0x0000000c
;;    44: .word 0x00000017
;;    48: .word 0x00000022
;;    4c: mov eax, 0xa
;;    52: mov rsp, rbp
;;    55: pop rbp
;;    56: ret
;;    57: mov eax, 0x14
;;    5d: mov rsp, rbp
;;    60: pop rbp
;;    61: ret
;;    62: mov eax, 0x1e
;;    68: mov rsp, rbp
;;    6b: pop rbp
;;    6c: ret
;;    6d: mov eax, 0x28
;;    73: mov rsp, rbp
;;    76: pop rbp
;;    77: ret
;;    78: mov eax, 0x9
;;    7d: jmp $+0x16
;;    82: mov ebx, eax
;;    84: mov rdi, rbp
;;    87: lea rsi, qword [rip - 0xc]
;;    8e: and rsp, -0x10
;;    92: call qword [r14 + 0x30]
;;    96: mov eax, ebx
;;    98: mov rsp, qword [r13 + 0x8]
;;    9c: ret

;; ==== aarch64 ====
;; function 0 (196 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x6c
;;    24: str w0, [x29, #0x10]
;;    28: cmp w0, #0x3
;;    2c: b.hs $+0x50
;;    30: adr x16, $+0x10
;;    34: ldrsw x17, [x16, w0, uxtw #2]
;;    38: add x16, x16, x17
;;    3c: br x16
;;    40: .word 0x0000000c
;;    44: .word 0x0000001c
;;    48: .word 0x0000002c
;;    4c: mov w0, #0xa
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x14
;;    60: mov sp, x29
;;    64: ldp x29, x30, [sp], #0x10
;;    68: ret
;;    6c: mov w0, #0x1e
;;    70: mov sp, x29
;;    74: ldp x29, x30, [sp], #0x10
;;    78: ret
;;    7c: mov w0, #0x28
;;    80: mov sp, x29
;;    84: ldp x29, x30, [sp], #0x10
;;    88: ret
;;    8c: mov w0, #0x9
;;    90: b $+0x24
;;    94: mov w19, w0
;;    98: mov x0, x29
;;    9c: adr x1, $-0x8
;;    a0: mov x16, sp
;;    a4: and sp, x16, #0xfffffffffffffff0
;;    a8: ldr x17, [x28, #0x30]
;;    ac: blr x17
;;    b0: mov w0, w19
;;    b4: ldr x16, [x26, #0x8]
;;    b8: ldr x17, [x16]
;;    bc: add sp, x16, #0x10
;;    c0: br x17
