;; A 64-bit table: its index is compared with the length as a u64 (the length's upper
;; neighbour in the VMTable is always zero), for table.get and call_indirect alike;
;; table.size gives an i64.
(module
  (type $t (func (result i32)))
  (table i64 1 funcref)
  (func (param i64) (result funcref) (table.get (local.get 0)))
  (func (param i64) (result i32) (call_indirect (type $t) (local.get 0)))
  (func (result i64) (table.size)))

;; ==== x64 ====
;; function 0 (111 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x27
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, qword [r14 + 0x68]
;;    21: cmp rbx, qword [rsi + 0x8]
;;    25: jnb $+0x1f
;;    2b: mov rsi, qword [rsi]
;;    2e: shl rbx, 0x3
;;    32: add rsi, rbx
;;    35: mov rsi, qword [rsi]
;;    38: mov rax, rsi
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov eax, 0x9
;;    45: jmp $+0x20
;;    4a: mov eax, 0xa
;;    4f: jmp $+0x0
;;    54: mov ebx, eax
;;    56: mov rdi, rbp
;;    59: lea rsi, qword [rip - 0xc]
;;    60: and rsp, -0x10
;;    64: call qword [r14 + 0x30]
;;    68: mov eax, ebx
;;    6a: mov rsp, qword [r13 + 0x8]
;;    6e: ret
;;
;; function 1 (179 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x57
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, qword [r14 + 0x68]
;;    21: cmp rbx, qword [rsi + 0x8]
;;    25: jnb $+0x4f
;;    2b: mov rsi, qword [rsi]
;;    2e: shl rbx, 0x3
;;    32: add rsi, rbx
;;    35: mov rsi, qword [rsi]
;;    38: test rsi, rsi
;;    3b: jz $+0x43
;;    41: mov ebx, dword [r14 + 0x40]
;;    45: cmp ebx, dword [rsi + 0x10]
;;    48: jnz $+0x40
;;    4e: mov rax, r14
;;    51: mov r14, qword [rsi + 0x8]
;;    55: mov r15, qword [r14]
;;    58: mov rsi, qword [rsi]
;;    5b: call rsi
;;    5e: mov r14, qword [rbp - 0x8]
;;    62: mov r15, qword [r14]
;;    65: mov ebx, eax
;;    68: mov eax, ebx
;;    6b: mov rsp, rbp
;;    6e: pop rbp
;;    6f: ret
;;    70: mov eax, 0x9
;;    75: jmp $+0x34
;;    7a: mov eax, 0x6
;;    7f: jmp $+0x14
;;    84: mov eax, 0x7
;;    89: jmp $+0xa
;;    8e: mov eax, 0x8
;;    93: jmp $+0x0
;;    98: mov ebx, eax
;;    9a: mov rdi, rbp
;;    9d: lea rsi, qword [rip - 0xc]
;;    a4: and rsp, -0x10
;;    a8: call qword [r14 + 0x30]
;;    ac: mov eax, ebx
;;    ae: mov rsp, qword [r13 + 0x8]
;;    b2: ret
;;
;; function 2 (77 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xf
;;    19: mov rbx, qword [r14 + 0x68]
;;    1d: mov ebx, dword [rbx + 0x8]
;;    20: mov rax, rbx
;;    23: mov rsp, rbp
;;    26: pop rbp
;;    27: ret
;;    28: mov eax, 0x9
;;    2d: jmp $+0x16
;;    32: mov ebx, eax
;;    34: mov rdi, rbp
;;    37: lea rsi, qword [rip - 0xc]
;;    3e: and rsp, -0x10
;;    42: call qword [r14 + 0x30]
;;    46: mov eax, ebx
;;    48: mov rsp, qword [r13 + 0x8]
;;    4c: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x38
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr x1, [x28, #0x68]
;;    2c: ldr x16, [x1, #0x8]
;;    30: cmp x0, x16
;;    34: b.hs $+0x2c
;;    38: ldr x1, [x1]
;;    3c: lsl x0, x0, #0x3
;;    40: add x1, x1, x0
;;    44: ldr x1, [x1]
;;    48: mov x0, x1
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x2c
;;    60: mov w0, #0xa
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
;;
;; function 1 (220 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x6c
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr x1, [x28, #0x68]
;;    2c: ldr x16, [x1, #0x8]
;;    30: cmp x0, x16
;;    34: b.hs $+0x60
;;    38: ldr x1, [x1]
;;    3c: lsl x0, x0, #0x3
;;    40: add x1, x1, x0
;;    44: ldr x1, [x1]
;;    48: cbz x1, $+0x54
;;    4c: ldr w0, [x28, #0x40]
;;    50: ldr w16, [x1, #0x10]
;;    54: cmp w0, w16
;;    58: b.ne $+0x4c
;;    5c: mov x15, x28
;;    60: ldr x28, [x1, #0x8]
;;    64: ldr x27, [x28]
;;    68: ldr x1, [x1]
;;    6c: blr x1
;;    70: ldur x28, [x29, #-0x8]
;;    74: ldr x27, [x28]
;;    78: mov w0, w0
;;    7c: mov w0, w0
;;    80: mov sp, x29
;;    84: ldp x29, x30, [sp], #0x10
;;    88: ret
;;    8c: mov w0, #0x9
;;    90: b $+0x3c
;;    94: mov w0, #0x6
;;    98: b $+0x14
;;    9c: mov w0, #0x7
;;    a0: b $+0xc
;;    a4: mov w0, #0x8
;;    a8: b $+0x4
;;    ac: mov w19, w0
;;    b0: mov x0, x29
;;    b4: adr x1, $-0x8
;;    b8: mov x16, sp
;;    bc: and sp, x16, #0xfffffffffffffff0
;;    c0: ldr x17, [x28, #0x30]
;;    c4: blr x17
;;    c8: mov w0, w19
;;    cc: ldr x16, [x26, #0x8]
;;    d0: ldr x17, [x16]
;;    d4: add sp, x16, #0x10
;;    d8: br x17
;;
;; function 2 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x18
;;    24: ldr x0, [x28, #0x68]
;;    28: ldr w0, [x0, #0x8]
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x9
;;    3c: b $+0x24
;;    40: mov w19, w0
;;    44: mov x0, x29
;;    48: adr x1, $-0x8
;;    4c: mov x16, sp
;;    50: and sp, x16, #0xfffffffffffffff0
;;    54: ldr x17, [x28, #0x30]
;;    58: blr x17
;;    5c: mov w0, w19
;;    60: ldr x16, [x26, #0x8]
;;    64: ldr x17, [x16]
;;    68: add sp, x16, #0x10
;;    6c: br x17
