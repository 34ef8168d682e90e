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
;; function 0 (106 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2c
;;    19: mov eax, dword [rbp + 0x18]
;;    1c: mov dword [rsp], eax
;;    1f: mov eax, dword [rbp + 0x10]
;;    22: mov dword [rsp + 0x8], eax
;;    26: mov rbx, qword [r14 + 0x48]
;;    2a: mov rsi, qword [rsp]
;;    2e: mov qword [rbp + 0x10], rsi
;;    32: mov rsi, qword [rsp + 0x8]
;;    37: mov qword [rbp + 0x18], rsi
;;    3b: mov rsi, qword [rbx]
;;    3e: mov rsp, rbp
;;    41: pop rbp
;;    42: jmp rsi
;;    45: mov eax, 0x9
;;    4a: jmp $+0x16
;;    4f: mov ebx, eax
;;    51: mov rdi, rbp
;;    54: lea rsi, qword [rip - 0xc]
;;    5b: and rsp, -0x10
;;    5f: call qword [r14 + 0x30]
;;    63: mov eax, ebx
;;    65: mov rsp, qword [r13 + 0x8]
;;    69: ret
;;
;; function 1 (203 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x6f
;;    19: xor ebx, ebx
;;    1c: mov eax, dword [rbp + 0x18]
;;    1f: mov dword [rsp], eax
;;    22: mov eax, dword [rbp + 0x10]
;;    25: mov dword [rsp + 0x8], eax
;;    29: mov rsi, qword [r14 + 0x60]
;;    2d: cmp ebx, dword [rsi + 0x8]
;;    30: jnb $+0x5c
;;    36: mov rsi, qword [rsi]
;;    39: shl rbx, 0x3
;;    3d: add rsi, rbx
;;    40: mov rsi, qword [rsi]
;;    43: test rsi, rsi
;;    46: jz $+0x50
;;    4c: mov ebx, dword [r14 + 0x40]
;;    50: cmp ebx, dword [rsi + 0x10]
;;    53: jnz $+0x4d
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
;;    88: mov eax, 0x9
;;    8d: jmp $+0x34
;;    92: mov eax, 0x6
;;    97: jmp $+0x14
;;    9c: mov eax, 0x7
;;    a1: jmp $+0xa
;;    a6: mov eax, 0x8
;;    ab: jmp $+0x0
;;    b0: mov ebx, eax
;;    b2: mov rdi, rbp
;;    b5: lea rsi, qword [rip - 0xc]
;;    bc: and rsp, -0x10
;;    c0: call qword [r14 + 0x30]
;;    c4: mov eax, ebx
;;    c6: mov rsp, qword [r13 + 0x8]
;;    ca: ret
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
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x38
;;    24: ldr w16, [x29, #0x18]
;;    28: str w16, [sp]
;;    2c: ldr w16, [x29, #0x10]
;;    30: str w16, [sp, #0x8]
;;    34: ldr x0, [x28, #0x48]
;;    38: ldr x1, [sp]
;;    3c: str x1, [x29, #0x10]
;;    40: ldr x1, [sp, #0x8]
;;    44: str x1, [x29, #0x18]
;;    48: ldr x1, [x0]
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: br x1
;;    58: mov w0, #0x9
;;    5c: b $+0x24
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
;;
;; function 1 (244 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x84
;;    24: mov w0, #0x0
;;    28: ldr w16, [x29, #0x18]
;;    2c: str w16, [sp]
;;    30: ldr w16, [x29, #0x10]
;;    34: str w16, [sp, #0x8]
;;    38: ldr x1, [x28, #0x60]
;;    3c: ldr w16, [x1, #0x8]
;;    40: cmp w0, w16
;;    44: b.hs $+0x68
;;    48: ldr x1, [x1]
;;    4c: lsl x0, x0, #0x3
;;    50: add x1, x1, x0
;;    54: ldr x1, [x1]
;;    58: cbz x1, $+0x5c
;;    5c: ldr w0, [x28, #0x40]
;;    60: ldr w16, [x1, #0x10]
;;    64: cmp w0, w16
;;    68: b.ne $+0x54
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
;;    a4: mov w0, #0x9
;;    a8: b $+0x3c
;;    ac: mov w0, #0x6
;;    b0: b $+0x14
;;    b4: mov w0, #0x7
;;    b8: b $+0xc
;;    bc: mov w0, #0x8
;;    c0: b $+0x4
;;    c4: mov w19, w0
;;    c8: mov x0, x29
;;    cc: adr x1, $-0x8
;;    d0: mov x16, sp
;;    d4: and sp, x16, #0xfffffffffffffff0
;;    d8: ldr x17, [x28, #0x30]
;;    dc: blr x17
;;    e0: mov w0, w19
;;    e4: ldr x16, [x26, #0x8]
;;    e8: ldr x17, [x16]
;;    ec: add sp, x16, #0x10
;;    f0: br x17
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
