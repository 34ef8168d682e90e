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
;; function 0 (227 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x9b
;;    19: mov rdi, r14
;;    1c: xor esi, esi
;;    1f: lea rdx, qword [rbp + 0x10]
;;    23: mov rbx, qword [r14 + 0x18]
;;    27: mov rbx, qword [rbx + 0x70]
;;    2b: call rbx
;;    2e: test eax, eax
;;    30: jnz $+0x88
;;    36: mov ebx, dword [rbp + 0x18]
;;    39: add ebx, dword [rbp + 0x10]
;;    3c: mov dword [rbp - 0x10], ebx
;;    3f: mov eax, dword [rbp + 0x10]
;;    42: mov dword [rbp - 0x18], eax
;;    45: mov rdi, r14
;;    48: xor esi, esi
;;    4b: lea rdx, qword [rbp + 0x10]
;;    4f: mov rbx, qword [r14 + 0x18]
;;    53: mov rbx, qword [rbx + 0x80]
;;    5a: call rbx
;;    5d: test eax, eax
;;    5f: jnz $+0x59
;;    65: mov eax, dword [rbp - 0x10]
;;    68: mov dword [rsp], eax
;;    6b: mov eax, dword [rbp - 0x18]
;;    6e: mov dword [rsp + 0x8], eax
;;    72: mov rbx, qword [r14 + 0x48]
;;    76: test rbx, rbx
;;    79: jz $+0x1b
;;    7f: mov rsi, qword [rsp]
;;    83: mov qword [rbp + 0x10], rsi
;;    87: mov rsi, qword [rsp + 0x8]
;;    8c: mov qword [rbp + 0x18], rsi
;;    90: mov rsi, qword [rbx]
;;    93: mov rsp, rbp
;;    96: pop rbp
;;    97: jmp rsi
;;    9a: push rbx
;;    9c: push 0x11000000
;;    a1: call qword [r14 + 0x38]
;;    a9: lea rsp, qword [rsp + 0x10]
;;    ae: mov rbx, qword [r14 + 0x48]
;;    b2: jmp $-0x35
;;    b4: mov eax, 0x9
;;    b9: jmp $+0x20
;;    be: mov eax, 0xb
;;    c3: jmp $+0x0
;;    c8: mov ebx, eax
;;    ca: mov rdi, rbp
;;    cd: lea rsi, qword [rip - 0xc]
;;    d4: and rsp, -0x10
;;    d8: call qword [r14 + 0x30]
;;    dc: mov eax, ebx
;;    de: mov rsp, qword [r13 + 0x8]
;;    e2: ret
;;
;; function 1 (326 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xe0
;;    19: mov rdi, r14
;;    1c: mov esi, 0x1
;;    22: lea rdx, qword [rbp + 0x10]
;;    26: mov rbx, qword [r14 + 0x18]
;;    2a: mov rbx, qword [rbx + 0x70]
;;    2e: call rbx
;;    31: test eax, eax
;;    33: jnz $+0xca
;;    39: mov eax, dword [rbp + 0x18]
;;    3c: mov dword [rbp - 0x10], eax
;;    3f: mov eax, dword [rbp + 0x10]
;;    42: mov dword [rbp - 0x18], eax
;;    45: mov rdi, r14
;;    48: mov esi, 0x1
;;    4e: lea rdx, qword [rbp + 0x10]
;;    52: mov rbx, qword [r14 + 0x18]
;;    56: mov rbx, qword [rbx + 0x80]
;;    5d: call rbx
;;    60: test eax, eax
;;    62: jnz $+0x9b
;;    68: xor ebx, ebx
;;    6b: mov eax, dword [rbp - 0x10]
;;    6e: mov dword [rsp], eax
;;    71: mov eax, dword [rbp - 0x18]
;;    74: mov dword [rsp + 0x8], eax
;;    78: mov rsi, qword [r14 + 0x58]
;;    7c: cmp ebx, dword [rsi + 0x8]
;;    7f: jnb $+0x88
;;    85: mov rsi, qword [rsi]
;;    88: shl rbx, 0x3
;;    8c: add rbx, rsi
;;    8f: mov rsi, qword [rbx]
;;    92: test rsi, rsi
;;    95: jz $+0x3c
;;    9b: mov ebx, dword [r14 + 0x40]
;;    9f: cmp ebx, dword [rsi + 0x10]
;;    a2: jnz $+0x79
;;    a8: mov rbx, qword [rsp]
;;    ac: mov qword [rbp + 0x10], rbx
;;    b0: mov rbx, qword [rsp + 0x8]
;;    b5: mov qword [rbp + 0x18], rbx
;;    b9: mov rbx, qword [rsi]
;;    bc: cmp r14, qword [rsi + 0x8]
;;    c0: jz $+0xa
;;    c6: mov rax, r14
;;    c9: mov r14, qword [rsi + 0x8]
;;    cd: mov r15, qword [r14]
;;    d0: mov rsp, rbp
;;    d3: pop rbp
;;    d4: jmp rbx
;;    d7: push rbx
;;    d9: push 0x12000000
;;    de: call qword [r14 + 0x38]
;;    e6: lea rsp, qword [rsp + 0x10]
;;    eb: mov rsi, qword [rbx]
;;    ee: test rsi, rsi
;;    f1: jz $+0x20
;;    f7: jmp $-0x5e
;;    f9: mov eax, 0x9
;;    fe: jmp $+0x3e
;;   103: mov eax, 0xb
;;   108: jmp $+0x1e
;;   10d: mov eax, 0x6
;;   112: jmp $+0x14
;;   117: mov eax, 0x7
;;   11c: jmp $+0xa
;;   121: mov eax, 0x8
;;   126: jmp $+0x0
;;   12b: mov ebx, eax
;;   12d: mov rdi, rbp
;;   130: lea rsi, qword [rip - 0xc]
;;   137: and rsp, -0x10
;;   13b: call qword [r14 + 0x30]
;;   13f: mov eax, ebx
;;   141: mov rsp, qword [r13 + 0x8]
;;   145: ret

;; ==== aarch64 ====
;; function 0 (268 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xb0
;;    20: mov x0, x28
;;    24: mov w1, #0x0
;;    28: mov x17, #0x10
;;    2c: add x2, x29, x17
;;    30: ldr x3, [x28, #0x18]
;;    34: ldr x3, [x3, #0x70]
;;    38: blr x3
;;    3c: cbnz w0, $+0x98
;;    40: ldr w0, [x29, #0x18]
;;    44: ldr w16, [x29, #0x10]
;;    48: add w0, w0, w16
;;    4c: stur w0, [x29, #-0x10]
;;    50: ldr w16, [x29, #0x10]
;;    54: stur w16, [x29, #-0x18]
;;    58: mov x0, x28
;;    5c: mov w1, #0x0
;;    60: mov x17, #0x10
;;    64: add x2, x29, x17
;;    68: ldr x3, [x28, #0x18]
;;    6c: ldr x3, [x3, #0x80]
;;    70: blr x3
;;    74: cbnz w0, $+0x60
;;    78: ldur w16, [x29, #-0x10]
;;    7c: str w16, [sp]
;;    80: ldur w16, [x29, #-0x18]
;;    84: str w16, [sp, #0x8]
;;    88: ldr x0, [x28, #0x48]
;;    8c: cbz x0, $+0x24
;;    90: ldr x1, [sp]
;;    94: str x1, [x29, #0x10]
;;    98: ldr x1, [sp, #0x8]
;;    9c: str x1, [x29, #0x18]
;;    a0: ldr x1, [x0]
;;    a4: mov sp, x29
;;    a8: ldp x29, x30, [sp], #0x10
;;    ac: br x1
;;    b0: mov w16, #0x11000000
;;    b4: stp x0, x16, [sp, #-0x10]!
;;    b8: ldr x16, [x28, #0x38]
;;    bc: blr x16
;;    c0: add sp, sp, #0x10
;;    c4: ldr x0, [x28, #0x48]
;;    c8: b $-0x38
;;    cc: mov w0, #0x9
;;    d0: b $+0x2c
;;    d4: mov w0, #0xb
;;    d8: b $+0x4
;;    dc: mov w19, w0
;;    e0: mov x0, x29
;;    e4: adr x1, $-0x8
;;    e8: mov x16, sp
;;    ec: and sp, x16, #0xfffffffffffffff0
;;    f0: ldr x17, [x28, #0x30]
;;    f4: blr x17
;;    f8: mov w0, w19
;;    fc: ldr x16, [x26, #0x8]
;;   100: ldr x17, [x16]
;;   104: add sp, x16, #0x10
;;   108: br x17
;;
;; function 1 (360 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xf4
;;    20: mov x0, x28
;;    24: mov w1, #0x1
;;    28: mov x17, #0x10
;;    2c: add x2, x29, x17
;;    30: ldr x3, [x28, #0x18]
;;    34: ldr x3, [x3, #0x70]
;;    38: blr x3
;;    3c: cbnz w0, $+0xdc
;;    40: ldr w16, [x29, #0x18]
;;    44: stur w16, [x29, #-0x10]
;;    48: ldr w16, [x29, #0x10]
;;    4c: stur w16, [x29, #-0x18]
;;    50: mov x0, x28
;;    54: mov w1, #0x1
;;    58: mov x17, #0x10
;;    5c: add x2, x29, x17
;;    60: ldr x3, [x28, #0x18]
;;    64: ldr x3, [x3, #0x80]
;;    68: blr x3
;;    6c: cbnz w0, $+0xac
;;    70: mov w0, #0x0
;;    74: ldur w16, [x29, #-0x10]
;;    78: str w16, [sp]
;;    7c: ldur w16, [x29, #-0x18]
;;    80: str w16, [sp, #0x8]
;;    84: ldr x1, [x28, #0x58]
;;    88: ldr w16, [x1, #0x8]
;;    8c: cmp w0, w16
;;    90: b.hs $+0x90
;;    94: ldr x1, [x1]
;;    98: lsl x0, x0, #0x3
;;    9c: add x0, x0, x1
;;    a0: ldr x1, [x0]
;;    a4: cbz x1, $+0x4c
;;    a8: ldr w0, [x28, #0x40]
;;    ac: ldr w16, [x1, #0x10]
;;    b0: cmp w0, w16
;;    b4: b.ne $+0x7c
;;    b8: ldr x0, [sp]
;;    bc: str x0, [x29, #0x10]
;;    c0: ldr x0, [sp, #0x8]
;;    c4: str x0, [x29, #0x18]
;;    c8: ldr x0, [x1]
;;    cc: ldr x16, [x1, #0x8]
;;    d0: cmp x28, x16
;;    d4: b.eq $+0x10
;;    d8: mov x15, x28
;;    dc: ldr x28, [x1, #0x8]
;;    e0: ldr x27, [x28]
;;    e4: mov sp, x29
;;    e8: ldp x29, x30, [sp], #0x10
;;    ec: br x0
;;    f0: mov w16, #0x12000000
;;    f4: stp x0, x16, [sp, #-0x10]!
;;    f8: ldr x16, [x28, #0x38]
;;    fc: blr x16
;;   100: add sp, sp, #0x10
;;   104: ldr x1, [x0]
;;   108: cbz x1, $+0x20
;;   10c: b $-0x64
;;   110: mov w0, #0x9
;;   114: b $+0x44
;;   118: mov w0, #0xb
;;   11c: b $+0x1c
;;   120: mov w0, #0x6
;;   124: b $+0x14
;;   128: mov w0, #0x7
;;   12c: b $+0xc
;;   130: mov w0, #0x8
;;   134: b $+0x4
;;   138: mov w19, w0
;;   13c: mov x0, x29
;;   140: adr x1, $-0x8
;;   144: mov x16, sp
;;   148: and sp, x16, #0xfffffffffffffff0
;;   14c: ldr x17, [x28, #0x30]
;;   150: blr x17
;;   154: mov w0, w19
;;   158: ldr x16, [x26, #0x8]
;;   15c: ldr x17, [x16]
;;   160: add sp, x16, #0x10
;;   164: br x17
