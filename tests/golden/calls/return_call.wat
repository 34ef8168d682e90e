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
;; function 0 (149 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x60
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x4f
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: mov dword [rsp], edi
;;    2a: mov dword [rsp + 0x8], esi
;;    2e: mov rbx, qword [r14 + 0x48]
;;    32: test rbx, rbx
;;    35: jz $+0x1b
;;    3b: mov r8, qword [rsp]
;;    3f: mov qword [rbp + 0x10], r8
;;    43: mov r8, qword [rsp + 0x8]
;;    48: mov qword [rbp + 0x18], r8
;;    4c: mov r8, qword [rbx]
;;    4f: mov rsp, rbp
;;    52: pop rbp
;;    53: jmp r8
;;    56: push rbx
;;    58: push 0x11000000
;;    5d: call qword [r14 + 0x38]
;;    65: lea rsp, qword [rsp + 0x10]
;;    6a: mov rbx, qword [r14 + 0x48]
;;    6e: jmp $-0x35
;;    70: mov eax, 0x9
;;    75: jmp $+0x16
;;    7a: mov ebx, eax
;;    7c: mov rdi, rbp
;;    7f: lea rsi, qword [rip - 0xc]
;;    86: and rsp, -0x10
;;    8a: call qword [r14 + 0x30]
;;    8e: mov eax, ebx
;;    90: mov rsp, qword [r13 + 0x8]
;;    94: ret
;;
;; function 1 (247 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x60
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x93
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: xor ebx, ebx
;;    2a: mov dword [rsp], edi
;;    2d: mov dword [rsp + 0x8], esi
;;    31: mov r8, qword [r14 + 0x60]
;;    35: cmp ebx, dword [r8 + 0x8]
;;    39: jnb $+0x7f
;;    3f: mov r8, qword [r8]
;;    42: shl rbx, 0x3
;;    46: add rbx, r8
;;    49: mov r8, qword [rbx]
;;    4c: test r8, r8
;;    4f: jz $+0x3d
;;    55: mov ebx, dword [r14 + 0x40]
;;    59: cmp ebx, dword [r8 + 0x10]
;;    5d: jnz $+0x6f
;;    63: mov rbx, qword [rsp]
;;    67: mov qword [rbp + 0x10], rbx
;;    6b: mov rbx, qword [rsp + 0x8]
;;    70: mov qword [rbp + 0x18], rbx
;;    74: mov rbx, qword [r8]
;;    77: cmp r14, qword [r8 + 0x8]
;;    7b: jz $+0xa
;;    81: mov rax, r14
;;    84: mov r14, qword [r8 + 0x8]
;;    88: mov r15, qword [r14]
;;    8b: mov rsp, rbp
;;    8e: pop rbp
;;    8f: jmp rbx
;;    92: push rbx
;;    94: push 0x12000000
;;    99: call qword [r14 + 0x38]
;;    a1: lea rsp, qword [rsp + 0x10]
;;    a6: mov r8, qword [rbx]
;;    a9: test r8, r8
;;    ac: jz $+0x16
;;    b2: jmp $-0x5f
;;    b4: mov eax, 0x9
;;    b9: jmp $+0x34
;;    be: mov eax, 0x6
;;    c3: jmp $+0x14
;;    c8: mov eax, 0x7
;;    cd: jmp $+0xa
;;    d2: mov eax, 0x8
;;    d7: jmp $+0x0
;;    dc: mov ebx, eax
;;    de: mov rdi, rbp
;;    e1: lea rsi, qword [rip - 0xc]
;;    e8: and rsp, -0x10
;;    ec: call qword [r14 + 0x30]
;;    f0: mov eax, ebx
;;    f2: mov rsp, qword [r13 + 0x8]
;;    f6: ret
;;
;; function 2 (99 bytes, calls [CallReloc { offset: 40, callee: 0 }])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x60
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x1d
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: call $+0x0
;;    2c: mov r14, qword [rbp - 0x8]
;;    30: mov r15, qword [r14]
;;    33: mov ebx, eax
;;    36: mov eax, ebx
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x16
;;    48: mov ebx, eax
;;    4a: mov rdi, rbp
;;    4d: lea rsi, qword [rip - 0xc]
;;    54: and rsp, -0x10
;;    58: call qword [r14 + 0x30]
;;    5c: mov eax, ebx
;;    5e: mov rsp, qword [r13 + 0x8]
;;    62: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x60
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x58
;;    28: str w0, [x29, #0x10]
;;    2c: str w1, [x29, #0x18]
;;    30: str w1, [sp]
;;    34: str w0, [sp, #0x8]
;;    38: ldr x2, [x28, #0x48]
;;    3c: cbz x2, $+0x24
;;    40: ldr x3, [sp]
;;    44: str x3, [x29, #0x10]
;;    48: ldr x3, [sp, #0x8]
;;    4c: str x3, [x29, #0x18]
;;    50: ldr x3, [x2]
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: br x3
;;    60: mov w16, #0x11000000
;;    64: stp x2, x16, [sp, #-0x10]!
;;    68: ldr x16, [x28, #0x38]
;;    6c: blr x16
;;    70: add sp, sp, #0x10
;;    74: ldr x2, [x28, #0x48]
;;    78: b $-0x38
;;    7c: mov w0, #0x9
;;    80: b $+0x24
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
;; function 1 (280 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x60
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0xa4
;;    28: str w0, [x29, #0x10]
;;    2c: str w1, [x29, #0x18]
;;    30: mov w2, #0x0
;;    34: str w1, [sp]
;;    38: str w0, [sp, #0x8]
;;    3c: ldr x3, [x28, #0x60]
;;    40: ldr w16, [x3, #0x8]
;;    44: cmp w2, w16
;;    48: b.hs $+0x88
;;    4c: ldr x3, [x3]
;;    50: lsl x2, x2, #0x3
;;    54: add x2, x2, x3
;;    58: ldr x3, [x2]
;;    5c: cbz x3, $+0x4c
;;    60: ldr w2, [x28, #0x40]
;;    64: ldr w16, [x3, #0x10]
;;    68: cmp w2, w16
;;    6c: b.ne $+0x74
;;    70: ldr x2, [sp]
;;    74: str x2, [x29, #0x10]
;;    78: ldr x2, [sp, #0x8]
;;    7c: str x2, [x29, #0x18]
;;    80: ldr x2, [x3]
;;    84: ldr x16, [x3, #0x8]
;;    88: cmp x28, x16
;;    8c: b.eq $+0x10
;;    90: mov x15, x28
;;    94: ldr x28, [x3, #0x8]
;;    98: ldr x27, [x28]
;;    9c: mov sp, x29
;;    a0: ldp x29, x30, [sp], #0x10
;;    a4: br x2
;;    a8: mov w16, #0x12000000
;;    ac: stp x2, x16, [sp, #-0x10]!
;;    b0: ldr x16, [x28, #0x38]
;;    b4: blr x16
;;    b8: add sp, sp, #0x10
;;    bc: ldr x3, [x2]
;;    c0: cbz x3, $+0x18
;;    c4: b $-0x64
;;    c8: mov w0, #0x9
;;    cc: b $+0x3c
;;    d0: mov w0, #0x6
;;    d4: b $+0x14
;;    d8: mov w0, #0x7
;;    dc: b $+0xc
;;    e0: mov w0, #0x8
;;    e4: b $+0x4
;;    e8: mov w19, w0
;;    ec: mov x0, x29
;;    f0: adr x1, $-0x8
;;    f4: mov x16, sp
;;    f8: and sp, x16, #0xfffffffffffffff0
;;    fc: ldr x17, [x28, #0x30]
;;   100: blr x17
;;   104: mov w0, w19
;;   108: ldr x16, [x26, #0x8]
;;   10c: ldr x17, [x16]
;;   110: add sp, x16, #0x10
;;   114: br x17
;;
;; function 2 (136 bytes, calls [CallReloc { offset: 48, callee: 0 }])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x60
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x2c
;;    28: str w0, [x29, #0x10]
;;    2c: str w1, [x29, #0x18]
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
