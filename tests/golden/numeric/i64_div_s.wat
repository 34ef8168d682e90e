;; 64-bit signed division.
(module (func (param i64 i64) (result i64) (i64.div_s (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (152 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x46
;;    19: mov rbx, qword [rbp + 0x18]
;;    1d: mov rsi, qword [rbp + 0x10]
;;    21: test rbx, rbx
;;    24: jz $+0x3f
;;    2a: cmp rbx, -0x1
;;    2e: jnz $+0x18
;;    34: mov rax, -0x8000000000000000
;;    3e: cmp rsi, rax
;;    41: jz $+0x2c
;;    47: jmp $+0x0
;;    4c: mov rax, rsi
;;    4f: cqo
;;    51: idiv rbx
;;    54: mov rsi, rax
;;    57: mov rax, rsi
;;    5a: mov rsp, rbp
;;    5d: pop rbp
;;    5e: ret
;;    5f: mov eax, 0x9
;;    64: jmp $+0x2a
;;    69: mov eax, 0x2
;;    6e: jmp $+0xa
;;    73: mov eax, 0x3
;;    78: jmp $+0x0
;;    7d: mov ebx, eax
;;    7f: mov rdi, rbp
;;    82: lea rsi, qword [rip - 0xc]
;;    89: and rsp, -0x10
;;    8d: call qword [r14 + 0x30]
;;    91: mov eax, ebx
;;    93: mov rsp, qword [r13 + 0x8]
;;    97: ret

;; ==== aarch64 ====
;; function 0 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr x0, [x29, #0x18]
;;    24: ldr x1, [x29, #0x10]
;;    28: cbz x0, $+0x34
;;    2c: cmn x0, #0x1
;;    30: b.ne $+0x10
;;    34: mov x16, #0x8000000000000000
;;    38: cmp x1, x16
;;    3c: b.eq $+0x28
;;    40: sdiv x1, x1, x0
;;    44: mov x0, x1
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x34
;;    5c: mov w0, #0x2
;;    60: b $+0xc
;;    64: mov w0, #0x3
;;    68: b $+0x4
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
