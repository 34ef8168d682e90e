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
;; function 0 (176 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x58
;;    24: ldr w16, [x29, #0x18]
;;    28: str w16, [sp]
;;    2c: ldr w16, [x29, #0x10]
;;    30: str w16, [sp, #0x8]
;;    34: ldr x0, [x28, #0x48]
;;    38: cbz x0, $+0x24
;;    3c: ldr x1, [sp]
;;    40: str x1, [x29, #0x10]
;;    44: ldr x1, [sp, #0x8]
;;    48: str x1, [x29, #0x18]
;;    4c: ldr x1, [x0]
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: br x1
;;    5c: mov w16, #0x11000000
;;    60: stp x0, x16, [sp, #-0x10]!
;;    64: ldr x16, [x28, #0x38]
;;    68: blr x16
;;    6c: add sp, sp, #0x10
;;    70: ldr x0, [x28, #0x48]
;;    74: b $-0x38
;;    78: mov w0, #0x9
;;    7c: b $+0x24
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
;; function 1 (276 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0xa4
;;    24: mov w0, #0x0
;;    28: ldr w16, [x29, #0x18]
;;    2c: str w16, [sp]
;;    30: ldr w16, [x29, #0x10]
;;    34: str w16, [sp, #0x8]
;;    38: ldr x1, [x28, #0x60]
;;    3c: ldr w16, [x1, #0x8]
;;    40: cmp w0, w16
;;    44: b.hs $+0x88
;;    48: ldr x1, [x1]
;;    4c: lsl x0, x0, #0x3
;;    50: add x0, x0, x1
;;    54: ldr x1, [x0]
;;    58: cbz x1, $+0x4c
;;    5c: ldr w0, [x28, #0x40]
;;    60: ldr w16, [x1, #0x10]
;;    64: cmp w0, w16
;;    68: b.ne $+0x74
;;    6c: ldr x0, [sp]
;;    70: str x0, [x29, #0x10]
;;    74: ldr x0, [sp, #0x8]
;;    78: str x0, [x29, #0x18]
;;    7c: ldr x0, [x1]
;;    80: ldr x16, [x1, #0x8]
;;    84: cmp x28, x16
;;    88: b.eq $+0x10
;;    8c: mov x15, x28
;;    90: ldr x28, [x1, #0x8]
;;    94: ldr x27, [x28]
;;    98: mov sp, x29
;;    9c: ldp x29, x30, [sp], #0x10
;;    a0: br x0
;;    a4: mov w16, #0x12000000
;;    a8: stp x0, x16, [sp, #-0x10]!
;;    ac: ldr x16, [x28, #0x38]
;;    b0: blr x16
;;    b4: add sp, sp, #0x10
;;    b8: ldr x1, [x0]
;;    bc: cbz x1, $+0x18
;;    c0: b $-0x64
;;    c4: mov w0, #0x9
;;    c8: b $+0x3c
;;    cc: mov w0, #0x6
;;    d0: b $+0x14
;;    d4: mov w0, #0x7
;;    d8: b $+0xc
;;    dc: mov w0, #0x8
;;    e0: b $+0x4
;;    e4: mov w19, w0
;;    e8: mov x0, x29
;;    ec: adr x1, $-0x8
;;    f0: mov x16, sp
;;    f4: and sp, x16, #0xfffffffffffffff0
;;    f8: ldr x17, [x28, #0x30]
;;    fc: blr x17
;;   100: mov w0, w19
;;   104: ldr x16, [x26, #0x8]
;;   108: ldr x17, [x16]
;;   10c: add sp, x16, #0x10
;;   110: br x17
;;
;; function 2 (140 bytes, calls [CallReloc { offset: 52, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr w16, [x29, #0x10]
;;    28: str w16, [sp]
;;    2c: ldr w16, [x29, #0x18]
;;    30: str w16, [sp, #0x8]
;;    34: bl $+0x0
;;    38: ldur x28, [x29, #-0x8]
;;    3c: ldr x27, [x28]
;;    40: mov w0, w0
;;    44: mov w0, w0
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x24
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
