;; table.get and table.set inline: a bounds check, then a load or store.
(module (table $t 4 externref)
  (func (param i32 i32) (table.set $t (local.get 1) (table.get $t (local.get 0)))))

;; ==== x64 ====
;; function 0 (135 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3f
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov rsi, qword [r14 + 0x50]
;;    20: cmp ebx, dword [rsi + 0x8]
;;    23: jnb $+0x39
;;    29: mov rsi, qword [rsi]
;;    2c: shl rbx, 0x3
;;    30: add rsi, rbx
;;    33: mov rbx, qword [rsi]
;;    36: mov esi, dword [rbp + 0x18]
;;    39: mov rdi, qword [r14 + 0x50]
;;    3d: cmp esi, dword [rdi + 0x8]
;;    40: jnb $+0x1c
;;    46: mov rdi, qword [rdi]
;;    49: shl rsi, 0x3
;;    4d: add rdi, rsi
;;    50: mov qword [rdi], rbx
;;    53: mov rsp, rbp
;;    56: pop rbp
;;    57: ret
;;    58: mov eax, 0x9
;;    5d: jmp $+0x20
;;    62: mov eax, 0xa
;;    67: jmp $+0x0
;;    6c: mov ebx, eax
;;    6e: mov rdi, rbp
;;    71: lea rsi, qword [rip - 0xc]
;;    78: and rsp, -0x10
;;    7c: call qword [r14 + 0x30]
;;    80: mov eax, ebx
;;    82: mov rsp, qword [r13 + 0x8]
;;    86: ret

;; ==== aarch64 ====
;; function 0 (184 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x58
;;    24: ldr w0, [x29, #0x10]
;;    28: ldr x1, [x28, #0x50]
;;    2c: ldr w16, [x1, #0x8]
;;    30: cmp w0, w16
;;    34: b.hs $+0x4c
;;    38: ldr x1, [x1]
;;    3c: lsl x0, x0, #0x3
;;    40: add x1, x1, x0
;;    44: ldr x0, [x1]
;;    48: ldr w1, [x29, #0x18]
;;    4c: ldr x2, [x28, #0x50]
;;    50: ldr w16, [x2, #0x8]
;;    54: cmp w1, w16
;;    58: b.hs $+0x28
;;    5c: ldr x2, [x2]
;;    60: lsl x1, x1, #0x3
;;    64: add x2, x2, x1
;;    68: str x0, [x2]
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: mov w0, #0x9
;;    7c: b $+0x2c
;;    80: mov w0, #0xa
;;    84: b $+0x4
;;    88: mov w19, w0
;;    8c: mov x0, x29
;;    90: adr x1, $-0x8
;;    94: mov x16, sp
;;    98: and sp, x16, #0xfffffffffffffff0
;;    9c: ldr x17, [x28, #0x30]
;;    a0: blr x17
;;    a4: mov w0, w19
;;    a8: ldr x16, [x26, #0x8]
;;    ac: ldr x17, [x16]
;;    b0: add sp, x16, #0x10
;;    b4: br x17
