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
;; function 0 (176 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x54
;;    20: ldr x0, [x29, #0x10]
;;    24: ldr x1, [x28, #0x68]
;;    28: ldr x16, [x1, #0x8]
;;    2c: cmp x0, x16
;;    30: b.hs $+0x48
;;    34: ldr x1, [x1]
;;    38: lsl x0, x0, #0x3
;;    3c: add x1, x1, x0
;;    40: ldr x0, [x1]
;;    44: cbz x0, $+0x10
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w16, #0x12000000
;;    58: stp x1, x16, [sp, #-0x10]!
;;    5c: ldr x16, [x28, #0x38]
;;    60: blr x16
;;    64: add sp, sp, #0x10
;;    68: ldr x0, [x1]
;;    6c: b $-0x24
;;    70: mov w0, #0x9
;;    74: b $+0x2c
;;    78: mov w0, #0xa
;;    7c: b $+0x4
;;    80: mov w19, w0
;;    84: mov x0, x29
;;    88: adr x1, $-0x8
;;    8c: mov x16, sp
;;    90: and sp, x16, #0xfffffffffffffff0
;;    94: ldr x17, [x28, #0x30]
;;    98: blr x17
;;    9c: mov w0, w19
;;    a0: ldr x16, [x26, #0x8]
;;    a4: ldr x17, [x16]
;;    a8: add sp, x16, #0x10
;;    ac: br x17
;;
;; function 1 (248 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x8c
;;    20: ldr x0, [x29, #0x10]
;;    24: ldr x1, [x28, #0x68]
;;    28: ldr x16, [x1, #0x8]
;;    2c: cmp x0, x16
;;    30: b.hs $+0x80
;;    34: ldr x1, [x1]
;;    38: lsl x0, x0, #0x3
;;    3c: add x0, x0, x1
;;    40: ldr x1, [x0]
;;    44: cbz x1, $+0x44
;;    48: ldr w0, [x28, #0x40]
;;    4c: ldr w16, [x1, #0x10]
;;    50: cmp w0, w16
;;    54: b.ne $+0x6c
;;    58: mov x15, x28
;;    5c: ldr x28, [x1, #0x8]
;;    60: ldr x27, [x28]
;;    64: ldr x1, [x1]
;;    68: blr x1
;;    6c: ldur x28, [x29, #-0x8]
;;    70: ldr x27, [x28]
;;    74: mov w0, w0
;;    78: mov w0, w0
;;    7c: mov sp, x29
;;    80: ldp x29, x30, [sp], #0x10
;;    84: ret
;;    88: mov w16, #0x12000000
;;    8c: stp x0, x16, [sp, #-0x10]!
;;    90: ldr x16, [x28, #0x38]
;;    94: blr x16
;;    98: add sp, sp, #0x10
;;    9c: ldr x1, [x0]
;;    a0: cbz x1, $+0x18
;;    a4: b $-0x5c
;;    a8: mov w0, #0x9
;;    ac: b $+0x3c
;;    b0: mov w0, #0x6
;;    b4: b $+0x14
;;    b8: mov w0, #0x7
;;    bc: b $+0xc
;;    c0: mov w0, #0x8
;;    c4: b $+0x4
;;    c8: mov w19, w0
;;    cc: mov x0, x29
;;    d0: adr x1, $-0x8
;;    d4: mov x16, sp
;;    d8: and sp, x16, #0xfffffffffffffff0
;;    dc: ldr x17, [x28, #0x30]
;;    e0: blr x17
;;    e4: mov w0, w19
;;    e8: ldr x16, [x26, #0x8]
;;    ec: ldr x17, [x16]
;;    f0: add sp, x16, #0x10
;;    f4: br x17
;;
;; function 2 (108 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x18
;;    20: ldr x0, [x28, #0x68]
;;    24: ldr w0, [x0, #0x8]
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w0, #0x9
;;    38: b $+0x24
;;    3c: mov w19, w0
;;    40: mov x0, x29
;;    44: adr x1, $-0x8
;;    48: mov x16, sp
;;    4c: and sp, x16, #0xfffffffffffffff0
;;    50: ldr x17, [x28, #0x30]
;;    54: blr x17
;;    58: mov w0, w19
;;    5c: ldr x16, [x26, #0x8]
;;    60: ldr x17, [x16]
;;    64: add sp, x16, #0x10
;;    68: br x17
