;;! tail_calls
;; Tail calls: the arguments go to the outgoing area, are copied over the incoming ones,
;; and the frame is torn down with a jump. return_call of a defined function keeps our
;; vmctx; through a table the callee's vmctx is compared with ours and switched in when it
;; is another instance's. With tail calls enabled, the direct call in the last function
;; reloads our vmctx and heap base after it returns.
(module
  (type $t (func (param i32 i32) (result i32)))
  (table 1 funcref)
  (func $f (param i32 i32) (result i32)
    (return_call $f (local.get 1) (local.get 0)))
  (func (param i32 i32) (result i32)
    (return_call_indirect (type $t) (local.get 1) (local.get 0) (i32.const 0)))
  (func (param i32 i32) (result i32)
    (call $f (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (141 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x4f
;;    19: mov eax, dword [rbp + 0x18]
;;    1c: mov dword [rsp], eax
;;    1f: mov eax, dword [rbp + 0x10]
;;    22: mov dword [rsp + 0x8], eax
;;    26: mov rbx, qword [r14 + 0x48]
;;    2a: test rbx, rbx
;;    2d: jz $+0x1b
;;    33: mov rsi, qword [rsp]
;;    37: mov qword [rbp + 0x10], rsi
;;    3b: mov rsi, qword [rsp + 0x8]
;;    40: mov qword [rbp + 0x18], rsi
;;    44: mov rsi, qword [rbx]
;;    47: mov rsp, rbp
;;    4a: pop rbp
;;    4b: jmp rsi
;;    4e: push rbx
;;    50: push 0x11000000
;;    55: call qword [r14 + 0x38]
;;    5d: lea rsp, qword [rsp + 0x10]
;;    62: mov rbx, qword [r14 + 0x48]
;;    66: jmp $-0x35
;;    68: mov eax, 0x9
;;    6d: jmp $+0x16
;;    72: mov ebx, eax
;;    74: mov rdi, rbp
;;    77: lea rsi, qword [rip - 0xc]
;;    7e: and rsp, -0x10
;;    82: call qword [r14 + 0x30]
;;    86: mov eax, ebx
;;    88: mov rsp, qword [r13 + 0x8]
;;    8c: ret
;;
;; function 1 (237 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x91
;;    19: xor ebx, ebx
;;    1c: mov eax, dword [rbp + 0x18]
;;    1f: mov dword [rsp], eax
;;    22: mov eax, dword [rbp + 0x10]
;;    25: mov dword [rsp + 0x8], eax
;;    29: mov rsi, qword [r14 + 0x60]
;;    2d: cmp ebx, dword [rsi + 0x8]
;;    30: jnb $+0x7e
;;    36: mov rsi, qword [rsi]
;;    39: shl rbx, 0x3
;;    3d: add rbx, rsi
;;    40: mov rsi, qword [rbx]
;;    43: test rsi, rsi
;;    46: jz $+0x3c
;;    4c: mov ebx, dword [r14 + 0x40]
;;    50: cmp ebx, dword [rsi + 0x10]
;;    53: jnz $+0x6f
;;    59: mov rbx, qword [rsp]
;;    5d: mov qword [rbp + 0x10], rbx
;;    61: mov rbx, qword [rsp + 0x8]
;;    66: mov qword [rbp + 0x18], rbx
;;    6a: mov rbx, qword [rsi]
;;    6d: cmp r14, qword [rsi + 0x8]
;;    71: jz $+0xa
;;    77: mov rax, r14
;;    7a: mov r14, qword [rsi + 0x8]
;;    7e: mov r15, qword [r14]
;;    81: mov rsp, rbp
;;    84: pop rbp
;;    85: jmp rbx
;;    88: push rbx
;;    8a: push 0x12000000
;;    8f: call qword [r14 + 0x38]
;;    97: lea rsp, qword [rsp + 0x10]
;;    9c: mov rsi, qword [rbx]
;;    9f: test rsi, rsi
;;    a2: jz $+0x16
;;    a8: jmp $-0x5e
;;    aa: mov eax, 0x9
;;    af: jmp $+0x34
;;    b4: mov eax, 0x6
;;    b9: jmp $+0x14
;;    be: mov eax, 0x7
;;    c3: jmp $+0xa
;;    c8: mov eax, 0x8
;;    cd: jmp $+0x0
;;    d2: mov ebx, eax
;;    d4: mov rdi, rbp
;;    d7: lea rsi, qword [rip - 0xc]
;;    de: and rsp, -0x10
;;    e2: call qword [r14 + 0x30]
;;    e6: mov eax, ebx
;;    e8: mov rsp, qword [r13 + 0x8]
;;    ec: ret
;;
;; function 2 (98 bytes, calls [CallReloc { offset: 39, callee: 0 }])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x24
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rsp], eax
;;    1f: mov eax, dword [rbp + 0x18]
;;    22: mov dword [rsp + 0x8], eax
;;    26: call $+0x0
;;    2b: mov r14, qword [rbp - 0x8]
;;    2f: mov r15, qword [r14]
;;    32: mov ebx, eax
;;    35: mov eax, ebx
;;    38: mov rsp, rbp
;;    3b: pop rbp
;;    3c: ret
;;    3d: mov eax, 0x9
;;    42: jmp $+0x16
;;    47: mov ebx, eax
;;    49: mov rdi, rbp
;;    4c: lea rsi, qword [rip - 0xc]
;;    53: and rsp, -0x10
;;    57: call qword [r14 + 0x30]
;;    5b: mov eax, ebx
;;    5d: mov rsp, qword [r13 + 0x8]
;;    61: ret

;; ==== aarch64 ====
;; function 0 (172 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x58
;;    20: ldr w16, [x29, #0x18]
;;    24: str w16, [sp]
;;    28: ldr w16, [x29, #0x10]
;;    2c: str w16, [sp, #0x8]
;;    30: ldr x0, [x28, #0x48]
;;    34: cbz x0, $+0x24
;;    38: ldr x1, [sp]
;;    3c: str x1, [x29, #0x10]
;;    40: ldr x1, [sp, #0x8]
;;    44: str x1, [x29, #0x18]
;;    48: ldr x1, [x0]
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: br x1
;;    58: mov w16, #0x11000000
;;    5c: stp x0, x16, [sp, #-0x10]!
;;    60: ldr x16, [x28, #0x38]
;;    64: blr x16
;;    68: add sp, sp, #0x10
;;    6c: ldr x0, [x28, #0x48]
;;    70: b $-0x38
;;    74: mov w0, #0x9
;;    78: b $+0x24
;;    7c: mov w19, w0
;;    80: mov x0, x29
;;    84: adr x1, $-0x8
;;    88: mov x16, sp
;;    8c: and sp, x16, #0xfffffffffffffff0
;;    90: ldr x17, [x28, #0x30]
;;    94: blr x17
;;    98: mov w0, w19
;;    9c: ldr x16, [x26, #0x8]
;;    a0: ldr x17, [x16]
;;    a4: add sp, x16, #0x10
;;    a8: br x17
;;
;; function 1 (272 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xa4
;;    20: mov w0, #0x0
;;    24: ldr w16, [x29, #0x18]
;;    28: str w16, [sp]
;;    2c: ldr w16, [x29, #0x10]
;;    30: str w16, [sp, #0x8]
;;    34: ldr x1, [x28, #0x60]
;;    38: ldr w16, [x1, #0x8]
;;    3c: cmp w0, w16
;;    40: b.hs $+0x88
;;    44: ldr x1, [x1]
;;    48: lsl x0, x0, #0x3
;;    4c: add x0, x0, x1
;;    50: ldr x1, [x0]
;;    54: cbz x1, $+0x4c
;;    58: ldr w0, [x28, #0x40]
;;    5c: ldr w16, [x1, #0x10]
;;    60: cmp w0, w16
;;    64: b.ne $+0x74
;;    68: ldr x0, [sp]
;;    6c: str x0, [x29, #0x10]
;;    70: ldr x0, [sp, #0x8]
;;    74: str x0, [x29, #0x18]
;;    78: ldr x0, [x1]
;;    7c: ldr x16, [x1, #0x8]
;;    80: cmp x28, x16
;;    84: b.eq $+0x10
;;    88: mov x15, x28
;;    8c: ldr x28, [x1, #0x8]
;;    90: ldr x27, [x28]
;;    94: mov sp, x29
;;    98: ldp x29, x30, [sp], #0x10
;;    9c: br x0
;;    a0: mov w16, #0x12000000
;;    a4: stp x0, x16, [sp, #-0x10]!
;;    a8: ldr x16, [x28, #0x38]
;;    ac: blr x16
;;    b0: add sp, sp, #0x10
;;    b4: ldr x1, [x0]
;;    b8: cbz x1, $+0x18
;;    bc: b $-0x64
;;    c0: mov w0, #0x9
;;    c4: b $+0x3c
;;    c8: mov w0, #0x6
;;    cc: b $+0x14
;;    d0: mov w0, #0x7
;;    d4: b $+0xc
;;    d8: mov w0, #0x8
;;    dc: b $+0x4
;;    e0: mov w19, w0
;;    e4: mov x0, x29
;;    e8: adr x1, $-0x8
;;    ec: mov x16, sp
;;    f0: and sp, x16, #0xfffffffffffffff0
;;    f4: ldr x17, [x28, #0x30]
;;    f8: blr x17
;;    fc: mov w0, w19
;;   100: ldr x16, [x26, #0x8]
;;   104: ldr x17, [x16]
;;   108: add sp, x16, #0x10
;;   10c: br x17
;;
;; function 2 (136 bytes, calls [CallReloc { offset: 48, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr w16, [x29, #0x10]
;;    24: str w16, [sp]
;;    28: ldr w16, [x29, #0x18]
;;    2c: str w16, [sp, #0x8]
;;    30: bl $+0x0
;;    34: ldur x28, [x29, #-0x8]
;;    38: ldr x27, [x28]
;;    3c: mov w0, w0
;;    40: mov w0, w0
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
