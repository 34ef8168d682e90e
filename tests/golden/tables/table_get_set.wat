;; table.get and table.set inline: a bounds check, then a load or store.
(module (table $t 4 externref)
  (func (param i32 i32) (table.set $t (local.get 1) (table.get $t (local.get 0)))))

;; ==== x64 ====
;; function 0 (137 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x39
;;    21: mov rbx, qword [r14 + 0x50]
;;    25: cmp esi, dword [rbx + 0x8]
;;    28: jnb $+0x36
;;    2e: mov rbx, qword [rbx]
;;    31: shl rsi, 0x3
;;    35: add rbx, rsi
;;    38: mov rsi, qword [rbx]
;;    3b: mov rbx, qword [r14 + 0x50]
;;    3f: cmp edi, dword [rbx + 0x8]
;;    42: jnb $+0x1c
;;    48: mov rbx, qword [rbx]
;;    4b: shl rdi, 0x3
;;    4f: add rbx, rdi
;;    52: mov qword [rbx], rsi
;;    55: mov rsp, rbp
;;    58: pop rbp
;;    59: ret
;;    5a: mov eax, 0x9
;;    5f: jmp $+0x20
;;    64: mov eax, 0xa
;;    69: jmp $+0x0
;;    6e: mov ebx, eax
;;    70: mov rdi, rbp
;;    73: lea rsi, qword [rip - 0xc]
;;    7a: and rsp, -0x10
;;    7e: call qword [r14 + 0x30]
;;    82: mov eax, ebx
;;    84: mov rsp, qword [r13 + 0x8]
;;    88: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x50
;;    28: ldr x2, [x28, #0x50]
;;    2c: ldr w16, [x2, #0x8]
;;    30: cmp w0, w16
;;    34: b.hs $+0x48
;;    38: ldr x2, [x2]
;;    3c: lsl x0, x0, #0x3
;;    40: add x2, x2, x0
;;    44: ldr x0, [x2]
;;    48: ldr x2, [x28, #0x50]
;;    4c: ldr w16, [x2, #0x8]
;;    50: cmp w1, w16
;;    54: b.hs $+0x28
;;    58: ldr x2, [x2]
;;    5c: lsl x1, x1, #0x3
;;    60: add x2, x2, x1
;;    64: str x0, [x2]
;;    68: mov sp, x29
;;    6c: ldp x29, x30, [sp], #0x10
;;    70: ret
;;    74: mov w0, #0x9
;;    78: b $+0x2c
;;    7c: mov w0, #0xa
;;    80: b $+0x4
;;    84: mov w19, w0
;;    88: mov x0, x29
;;    8c: adr x1, $-0x8
;;    90: mov x16, sp
;;    94: and sp, x16, #0xfffffffffffffff0
;;    98: ldr x17, [x28, #0x30]
;;    9c: blr x17
;;    a0: mov w0, w19
;;    a4: ldr x16, [x26, #0x8]
;;    a8: ldr x17, [x16]
;;    ac: add sp, x16, #0x10
;;    b0: br x17
