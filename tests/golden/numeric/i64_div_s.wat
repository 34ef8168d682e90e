;; 64-bit signed division.
(module (func (param i64 i64) (result i64) (i64.div_s (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (154 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: mov rdi, qword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x20
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0x3e
;;    23: test rdi, rdi
;;    26: jz $+0x3f
;;    2c: cmp rdi, -0x1
;;    30: jnz $+0x18
;;    36: mov rax, -0x8000000000000000
;;    40: cmp rsi, rax
;;    43: jz $+0x2c
;;    49: jmp $+0x0
;;    4e: mov rax, rsi
;;    51: cqo
;;    53: idiv rdi
;;    56: mov rsi, rax
;;    59: mov rax, rsi
;;    5c: mov rsp, rbp
;;    5f: pop rbp
;;    60: ret
;;    61: mov eax, 0x9
;;    66: jmp $+0x2a
;;    6b: mov eax, 0x2
;;    70: jmp $+0xa
;;    75: mov eax, 0x3
;;    7a: jmp $+0x0
;;    7f: mov ebx, eax
;;    81: mov rdi, rbp
;;    84: lea rsi, qword [rip - 0xc]
;;    8b: and rsp, -0x10
;;    8f: call qword [r14 + 0x30]
;;    93: mov eax, ebx
;;    95: mov rsp, qword [r13 + 0x8]
;;    99: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x2c
;;    28: cbz x1, $+0x30
;;    2c: cmn x1, #0x1
;;    30: b.ne $+0x10
;;    34: mov x16, #0x8000000000000000
;;    38: cmp x0, x16
;;    3c: b.eq $+0x24
;;    40: sdiv x0, x0, x1
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x34
;;    58: mov w0, #0x2
;;    5c: b $+0xc
;;    60: mov w0, #0x3
;;    64: b $+0x4
;;    68: mov w19, w0
;;    6c: mov x0, x29
;;    70: adr x1, $-0x8
;;    74: mov x16, sp
;;    78: and sp, x16, #0xfffffffffffffff0
;;    7c: ldr x17, [x28, #0x30]
;;    80: blr x17
;;    84: mov w0, w19
;;    88: ldr x16, [x26, #0x8]
;;    8c: ldr x17, [x16]
;;    90: add sp, x16, #0x10
;;    94: br x17
