;;! tail_calls
;;! listeners
;; A listened function spills everything and calls ListenerTailCall before a tail call
;; that takes over its frame, then makes the call as an unlistened function does.
(module
  (type $t (func (param i32 i32) (result i32)))
  (table 1 funcref)
  (func $f (param i32 i32) (result i32)
    (return_call $f (i32.add (local.get 1) (local.get 0)) (local.get 0)))
  (func (param i32 i32) (result i32)
    (return_call_indirect (type $t) (local.get 1) (local.get 0) (i32.const 0))))

;; ==== x64 ====
;; function 0 (241 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x60
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0xa1
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: mov rdi, r14
;;    2a: xor esi, esi
;;    2d: lea rdx, qword [rbp + 0x10]
;;    31: mov rbx, qword [r14 + 0x18]
;;    35: mov rbx, qword [rbx + 0x70]
;;    39: call rbx
;;    3c: test eax, eax
;;    3e: jnz $+0x88
;;    44: mov ebx, dword [rbp + 0x18]
;;    47: add ebx, dword [rbp + 0x10]
;;    4a: mov dword [rbp - 0x10], ebx
;;    4d: mov eax, dword [rbp + 0x10]
;;    50: mov dword [rbp - 0x18], eax
;;    53: mov rdi, r14
;;    56: xor esi, esi
;;    59: lea rdx, qword [rbp + 0x10]
;;    5d: mov rbx, qword [r14 + 0x18]
;;    61: mov rbx, qword [rbx + 0x80]
;;    68: call rbx
;;    6b: test eax, eax
;;    6d: jnz $+0x59
;;    73: mov eax, dword [rbp - 0x10]
;;    76: mov dword [rsp], eax
;;    79: mov eax, dword [rbp - 0x18]
;;    7c: mov dword [rsp + 0x8], eax
;;    80: mov rbx, qword [r14 + 0x48]
;;    84: test rbx, rbx
;;    87: jz $+0x1b
;;    8d: mov rsi, qword [rsp]
;;    91: mov qword [rbp + 0x10], rsi
;;    95: mov rsi, qword [rsp + 0x8]
;;    9a: mov qword [rbp + 0x18], rsi
;;    9e: mov rsi, qword [rbx]
;;    a1: mov rsp, rbp
;;    a4: pop rbp
;;    a5: jmp rsi
;;    a8: push rbx
;;    aa: push 0x11000000
;;    af: call qword [r14 + 0x38]
;;    b7: lea rsp, qword [rsp + 0x10]
;;    bc: mov rbx, qword [r14 + 0x48]
;;    c0: jmp $-0x35
;;    c2: mov eax, 0x9
;;    c7: jmp $+0x20
;;    cc: mov eax, 0xb
;;    d1: jmp $+0x0
;;    d6: mov ebx, eax
;;    d8: mov rdi, rbp
;;    db: lea rsi, qword [rip - 0xc]
;;    e2: and rsp, -0x10
;;    e6: call qword [r14 + 0x30]
;;    ea: mov eax, ebx
;;    ec: mov rsp, qword [r13 + 0x8]
;;    f0: ret
;;
;; function 1 (340 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x60
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0xe6
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: mov rdi, r14
;;    2a: mov esi, 0x1
;;    30: lea rdx, qword [rbp + 0x10]
;;    34: mov rbx, qword [r14 + 0x18]
;;    38: mov rbx, qword [rbx + 0x70]
;;    3c: call rbx
;;    3f: test eax, eax
;;    41: jnz $+0xca
;;    47: mov eax, dword [rbp + 0x18]
;;    4a: mov dword [rbp - 0x10], eax
;;    4d: mov eax, dword [rbp + 0x10]
;;    50: mov dword [rbp - 0x18], eax
;;    53: mov rdi, r14
;;    56: mov esi, 0x1
;;    5c: lea rdx, qword [rbp + 0x10]
;;    60: mov rbx, qword [r14 + 0x18]
;;    64: mov rbx, qword [rbx + 0x80]
;;    6b: call rbx
;;    6e: test eax, eax
;;    70: jnz $+0x9b
;;    76: xor ebx, ebx
;;    79: mov eax, dword [rbp - 0x10]
;;    7c: mov dword [rsp], eax
;;    7f: mov eax, dword [rbp - 0x18]
;;    82: mov dword [rsp + 0x8], eax
;;    86: mov rsi, qword [r14 + 0x58]
;;    8a: cmp ebx, dword [rsi + 0x8]
;;    8d: jnb $+0x88
;;    93: mov rsi, qword [rsi]
;;    96: shl rbx, 0x3
;;    9a: add rbx, rsi
;;    9d: mov rsi, qword [rbx]
;;    a0: test rsi, rsi
;;    a3: jz $+0x3c
;;    a9: mov ebx, dword [r14 + 0x40]
;;    ad: cmp ebx, dword [rsi + 0x10]
;;    b0: jnz $+0x79
;;    b6: mov rbx, qword [rsp]
;;    ba: mov qword [rbp + 0x10], rbx
;;    be: mov rbx, qword [rsp + 0x8]
;;    c3: mov qword [rbp + 0x18], rbx
;;    c7: mov rbx, qword [rsi]
;;    ca: cmp r14, qword [rsi + 0x8]
;;    ce: jz $+0xa
;;    d4: mov rax, r14
;;    d7: mov r14, qword [rsi + 0x8]
;;    db: mov r15, qword [r14]
;;    de: mov rsp, rbp
;;    e1: pop rbp
;;    e2: jmp rbx
;;    e5: push rbx
;;    e7: push 0x12000000
;;    ec: call qword [r14 + 0x38]
;;    f4: lea rsp, qword [rsp + 0x10]
;;    f9: mov rsi, qword [rbx]
;;    fc: test rsi, rsi
;;    ff: jz $+0x20
;;   105: jmp $-0x5e
;;   107: mov eax, 0x9
;;   10c: jmp $+0x3e
;;   111: mov eax, 0xb
;;   116: jmp $+0x1e
;;   11b: mov eax, 0x6
;;   120: jmp $+0x14
;;   125: mov eax, 0x7
;;   12a: jmp $+0xa
;;   12f: mov eax, 0x8
;;   134: jmp $+0x0
;;   139: mov ebx, eax
;;   13b: mov rdi, rbp
;;   13e: lea rsi, qword [rip - 0xc]
;;   145: and rsp, -0x10
;;   149: call qword [r14 + 0x30]
;;   14d: mov eax, ebx
;;   14f: mov rsp, qword [r13 + 0x8]
;;   153: ret

;; ==== aarch64 ====
;; function 0 (284 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x60
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0xb8
;;    28: str w0, [x29, #0x10]
;;    2c: str w1, [x29, #0x18]
;;    30: mov x0, x28
;;    34: mov w1, #0x0
;;    38: mov x17, #0x10
;;    3c: add x2, x29, x17
;;    40: ldr x3, [x28, #0x18]
;;    44: ldr x3, [x3, #0x70]
;;    48: blr x3
;;    4c: cbnz w0, $+0x98
;;    50: ldr w0, [x29, #0x18]
;;    54: ldr w16, [x29, #0x10]
;;    58: add w0, w0, w16
;;    5c: stur w0, [x29, #-0x10]
;;    60: ldr w16, [x29, #0x10]
;;    64: stur w16, [x29, #-0x18]
;;    68: mov x0, x28
;;    6c: mov w1, #0x0
;;    70: mov x17, #0x10
;;    74: add x2, x29, x17
;;    78: ldr x3, [x28, #0x18]
;;    7c: ldr x3, [x3, #0x80]
;;    80: blr x3
;;    84: cbnz w0, $+0x60
;;    88: ldur w16, [x29, #-0x10]
;;    8c: str w16, [sp]
;;    90: ldur w16, [x29, #-0x18]
;;    94: str w16, [sp, #0x8]
;;    98: ldr x0, [x28, #0x48]
;;    9c: cbz x0, $+0x24
;;    a0: ldr x1, [sp]
;;    a4: str x1, [x29, #0x10]
;;    a8: ldr x1, [sp, #0x8]
;;    ac: str x1, [x29, #0x18]
;;    b0: ldr x1, [x0]
;;    b4: mov sp, x29
;;    b8: ldp x29, x30, [sp], #0x10
;;    bc: br x1
;;    c0: mov w16, #0x11000000
;;    c4: stp x0, x16, [sp, #-0x10]!
;;    c8: ldr x16, [x28, #0x38]
;;    cc: blr x16
;;    d0: add sp, sp, #0x10
;;    d4: ldr x0, [x28, #0x48]
;;    d8: b $-0x38
;;    dc: mov w0, #0x9
;;    e0: b $+0x2c
;;    e4: mov w0, #0xb
;;    e8: b $+0x4
;;    ec: mov w19, w0
;;    f0: mov x0, x29
;;    f4: adr x1, $-0x8
;;    f8: mov x16, sp
;;    fc: and sp, x16, #0xfffffffffffffff0
;;   100: ldr x17, [x28, #0x30]
;;   104: blr x17
;;   108: mov w0, w19
;;   10c: ldr x16, [x26, #0x8]
;;   110: ldr x17, [x16]
;;   114: add sp, x16, #0x10
;;   118: br x17
;;
;; function 1 (376 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x60
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0xfc
;;    28: str w0, [x29, #0x10]
;;    2c: str w1, [x29, #0x18]
;;    30: mov x0, x28
;;    34: mov w1, #0x1
;;    38: mov x17, #0x10
;;    3c: add x2, x29, x17
;;    40: ldr x3, [x28, #0x18]
;;    44: ldr x3, [x3, #0x70]
;;    48: blr x3
;;    4c: cbnz w0, $+0xdc
;;    50: ldr w16, [x29, #0x18]
;;    54: stur w16, [x29, #-0x10]
;;    58: ldr w16, [x29, #0x10]
;;    5c: stur w16, [x29, #-0x18]
;;    60: mov x0, x28
;;    64: mov w1, #0x1
;;    68: mov x17, #0x10
;;    6c: add x2, x29, x17
;;    70: ldr x3, [x28, #0x18]
;;    74: ldr x3, [x3, #0x80]
;;    78: blr x3
;;    7c: cbnz w0, $+0xac
;;    80: mov w0, #0x0
;;    84: ldur w16, [x29, #-0x10]
;;    88: str w16, [sp]
;;    8c: ldur w16, [x29, #-0x18]
;;    90: str w16, [sp, #0x8]
;;    94: ldr x1, [x28, #0x58]
;;    98: ldr w16, [x1, #0x8]
;;    9c: cmp w0, w16
;;    a0: b.hs $+0x90
;;    a4: ldr x1, [x1]
;;    a8: lsl x0, x0, #0x3
;;    ac: add x0, x0, x1
;;    b0: ldr x1, [x0]
;;    b4: cbz x1, $+0x4c
;;    b8: ldr w0, [x28, #0x40]
;;    bc: ldr w16, [x1, #0x10]
;;    c0: cmp w0, w16
;;    c4: b.ne $+0x7c
;;    c8: ldr x0, [sp]
;;    cc: str x0, [x29, #0x10]
;;    d0: ldr x0, [sp, #0x8]
;;    d4: str x0, [x29, #0x18]
;;    d8: ldr x0, [x1]
;;    dc: ldr x16, [x1, #0x8]
;;    e0: cmp x28, x16
;;    e4: b.eq $+0x10
;;    e8: mov x15, x28
;;    ec: ldr x28, [x1, #0x8]
;;    f0: ldr x27, [x28]
;;    f4: mov sp, x29
;;    f8: ldp x29, x30, [sp], #0x10
;;    fc: br x0
;;   100: mov w16, #0x12000000
;;   104: stp x0, x16, [sp, #-0x10]!
;;   108: ldr x16, [x28, #0x38]
;;   10c: blr x16
;;   110: add sp, sp, #0x10
;;   114: ldr x1, [x0]
;;   118: cbz x1, $+0x20
;;   11c: b $-0x64
;;   120: mov w0, #0x9
;;   124: b $+0x44
;;   128: mov w0, #0xb
;;   12c: b $+0x1c
;;   130: mov w0, #0x6
;;   134: b $+0x14
;;   138: mov w0, #0x7
;;   13c: b $+0xc
;;   140: mov w0, #0x8
;;   144: b $+0x4
;;   148: mov w19, w0
;;   14c: mov x0, x29
;;   150: adr x1, $-0x8
;;   154: mov x16, sp
;;   158: and sp, x16, #0xfffffffffffffff0
;;   15c: ldr x17, [x28, #0x30]
;;   160: blr x17
;;   164: mov w0, w19
;;   168: ldr x16, [x26, #0x8]
;;   16c: ldr x17, [x16]
;;   170: add sp, x16, #0x10
;;   174: br x17
