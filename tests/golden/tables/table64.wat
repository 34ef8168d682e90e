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
;; function 0 (145 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x49
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, qword [r14 + 0x68]
;;    21: cmp rbx, qword [rsi + 0x8]
;;    25: jnb $+0x41
;;    2b: mov rsi, qword [rsi]
;;    2e: shl rbx, 0x3
;;    32: add rsi, rbx
;;    35: mov rbx, qword [rsi]
;;    38: test rbx, rbx
;;    3b: jz $+0x8
;;    41: mov rax, rbx
;;    44: mov rsp, rbp
;;    47: pop rbp
;;    48: ret
;;    49: push rsi
;;    4b: push 0x12000000
;;    50: call qword [r14 + 0x38]
;;    58: lea rsp, qword [rsp + 0x10]
;;    5d: mov rbx, qword [rsi]
;;    60: jmp $-0x21
;;    62: mov eax, 0x9
;;    67: jmp $+0x20
;;    6c: mov eax, 0xa
;;    71: jmp $+0x0
;;    76: mov ebx, eax
;;    78: mov rdi, rbp
;;    7b: lea rsi, qword [rip - 0xc]
;;    82: and rsp, -0x10
;;    86: call qword [r14 + 0x30]
;;    8a: mov eax, ebx
;;    8c: mov rsp, qword [r13 + 0x8]
;;    90: ret
;;
;; function 1 (213 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x79
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, qword [r14 + 0x68]
;;    21: cmp rbx, qword [rsi + 0x8]
;;    25: jnb $+0x71
;;    2b: mov rsi, qword [rsi]
;;    2e: shl rbx, 0x3
;;    32: add rbx, rsi
;;    35: mov rsi, qword [rbx]
;;    38: test rsi, rsi
;;    3b: jz $+0x2f
;;    41: mov ebx, dword [r14 + 0x40]
;;    45: cmp ebx, dword [rsi + 0x10]
;;    48: jnz $+0x62
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
;;    70: push rbx
;;    72: push 0x12000000
;;    77: call qword [r14 + 0x38]
;;    7f: lea rsp, qword [rsp + 0x10]
;;    84: mov rsi, qword [rbx]
;;    87: test rsi, rsi
;;    8a: jz $+0x16
;;    90: jmp $-0x51
;;    92: mov eax, 0x9
;;    97: jmp $+0x34
;;    9c: mov eax, 0x6
;;    a1: jmp $+0x14
;;    a6: mov eax, 0x7
;;    ab: jmp $+0xa
;;    b0: mov eax, 0x8
;;    b5: jmp $+0x0
;;    ba: mov ebx, eax
;;    bc: mov rdi, rbp
;;    bf: lea rsi, qword [rip - 0xc]
;;    c6: and rsp, -0x10
;;    ca: call qword [r14 + 0x30]
;;    ce: mov eax, ebx
;;    d0: mov rsp, qword [r13 + 0x8]
;;    d4: ret
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
;; function 0 (180 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x54
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr x1, [x28, #0x68]
;;    2c: ldr x16, [x1, #0x8]
;;    30: cmp x0, x16
;;    34: b.hs $+0x48
;;    38: ldr x1, [x1]
;;    3c: lsl x0, x0, #0x3
;;    40: add x1, x1, x0
;;    44: ldr x0, [x1]
;;    48: cbz x0, $+0x10
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w16, #0x12000000
;;    5c: stp x1, x16, [sp, #-0x10]!
;;    60: ldr x16, [x28, #0x38]
;;    64: blr x16
;;    68: add sp, sp, #0x10
;;    6c: ldr x0, [x1]
;;    70: b $-0x24
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
;;
;; function 1 (252 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x8c
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr x1, [x28, #0x68]
;;    2c: ldr x16, [x1, #0x8]
;;    30: cmp x0, x16
;;    34: b.hs $+0x80
;;    38: ldr x1, [x1]
;;    3c: lsl x0, x0, #0x3
;;    40: add x0, x0, x1
;;    44: ldr x1, [x0]
;;    48: cbz x1, $+0x44
;;    4c: ldr w0, [x28, #0x40]
;;    50: ldr w16, [x1, #0x10]
;;    54: cmp w0, w16
;;    58: b.ne $+0x6c
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
;;    8c: mov w16, #0x12000000
;;    90: stp x0, x16, [sp, #-0x10]!
;;    94: ldr x16, [x28, #0x38]
;;    98: blr x16
;;    9c: add sp, sp, #0x10
;;    a0: ldr x1, [x0]
;;    a4: cbz x1, $+0x18
;;    a8: b $-0x5c
;;    ac: mov w0, #0x9
;;    b0: b $+0x3c
;;    b4: mov w0, #0x6
;;    b8: b $+0x14
;;    bc: mov w0, #0x7
;;    c0: b $+0xc
;;    c4: mov w0, #0x8
;;    c8: b $+0x4
;;    cc: mov w19, w0
;;    d0: mov x0, x29
;;    d4: adr x1, $-0x8
;;    d8: mov x16, sp
;;    dc: and sp, x16, #0xfffffffffffffff0
;;    e0: ldr x17, [x28, #0x30]
;;    e4: blr x17
;;    e8: mov w0, w19
;;    ec: ldr x16, [x26, #0x8]
;;    f0: ldr x17, [x16]
;;    f4: add sp, x16, #0x10
;;    f8: br x17
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
