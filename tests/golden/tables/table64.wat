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
;; function 0 (146 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x45
;;    1e: mov rbx, qword [r14 + 0x68]
;;    22: cmp rsi, qword [rbx + 0x8]
;;    26: jnb $+0x41
;;    2c: mov rbx, qword [rbx]
;;    2f: shl rsi, 0x3
;;    33: add rbx, rsi
;;    36: mov rsi, qword [rbx]
;;    39: test rsi, rsi
;;    3c: jz $+0x8
;;    42: mov rax, rsi
;;    45: mov rsp, rbp
;;    48: pop rbp
;;    49: ret
;;    4a: push rbx
;;    4c: push 0x12000000
;;    51: call qword [r14 + 0x38]
;;    59: lea rsp, qword [rsp + 0x10]
;;    5e: mov rsi, qword [rbx]
;;    61: jmp $-0x21
;;    63: mov eax, 0x9
;;    68: jmp $+0x20
;;    6d: mov eax, 0xa
;;    72: jmp $+0x0
;;    77: mov ebx, eax
;;    79: mov rdi, rbp
;;    7c: lea rsi, qword [rip - 0xc]
;;    83: and rsp, -0x10
;;    87: call qword [r14 + 0x30]
;;    8b: mov eax, ebx
;;    8d: mov rsp, qword [r13 + 0x8]
;;    91: ret
;;
;; function 1 (214 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x20
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x75
;;    1e: mov rbx, qword [r14 + 0x68]
;;    22: cmp rsi, qword [rbx + 0x8]
;;    26: jnb $+0x71
;;    2c: mov rbx, qword [rbx]
;;    2f: shl rsi, 0x3
;;    33: add rsi, rbx
;;    36: mov rbx, qword [rsi]
;;    39: test rbx, rbx
;;    3c: jz $+0x2f
;;    42: mov esi, dword [r14 + 0x40]
;;    46: cmp esi, dword [rbx + 0x10]
;;    49: jnz $+0x62
;;    4f: mov rax, r14
;;    52: mov r14, qword [rbx + 0x8]
;;    56: mov r15, qword [r14]
;;    59: mov rbx, qword [rbx]
;;    5c: call rbx
;;    5f: mov r14, qword [rbp - 0x8]
;;    63: mov r15, qword [r14]
;;    66: mov ebx, eax
;;    69: mov eax, ebx
;;    6c: mov rsp, rbp
;;    6f: pop rbp
;;    70: ret
;;    71: push rsi
;;    73: push 0x12000000
;;    78: call qword [r14 + 0x38]
;;    80: lea rsp, qword [rsp + 0x10]
;;    85: mov rbx, qword [rsi]
;;    88: test rbx, rbx
;;    8b: jz $+0x16
;;    91: jmp $-0x51
;;    93: mov eax, 0x9
;;    98: jmp $+0x34
;;    9d: mov eax, 0x6
;;    a2: jmp $+0x14
;;    a7: mov eax, 0x7
;;    ac: jmp $+0xa
;;    b1: mov eax, 0x8
;;    b6: jmp $+0x0
;;    bb: mov ebx, eax
;;    bd: mov rdi, rbp
;;    c0: lea rsi, qword [rip - 0xc]
;;    c7: and rsp, -0x10
;;    cb: call qword [r14 + 0x30]
;;    cf: mov eax, ebx
;;    d1: mov rsp, qword [r13 + 0x8]
;;    d5: ret
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
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x50
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
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x88
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
