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
;; function 0 (180 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x58
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr x1, [x28, #0x50]
;;    28: ldr w16, [x1, #0x8]
;;    2c: cmp w0, w16
;;    30: b.hs $+0x4c
;;    34: ldr x1, [x1]
;;    38: lsl x0, x0, #0x3
;;    3c: add x1, x1, x0
;;    40: ldr x0, [x1]
;;    44: ldr w1, [x29, #0x18]
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
