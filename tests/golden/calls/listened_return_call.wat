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
;; function 0 (192 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x78
;;    19: mov rdi, r14
;;    1c: xor esi, esi
;;    1f: lea rdx, qword [rbp + 0x10]
;;    23: mov rbx, qword [r14 + 0x18]
;;    27: mov rbx, qword [rbx + 0x70]
;;    2b: call rbx
;;    2e: test eax, eax
;;    30: jnz $+0x65
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
;;    5f: jnz $+0x36
;;    65: mov eax, dword [rbp - 0x10]
;;    68: mov dword [rsp], eax
;;    6b: mov eax, dword [rbp - 0x18]
;;    6e: mov dword [rsp + 0x8], eax
;;    72: mov rbx, qword [r14 + 0x48]
;;    76: mov rsi, qword [rsp]
;;    7a: mov qword [rbp + 0x10], rsi
;;    7e: mov rsi, qword [rsp + 0x8]
;;    83: mov qword [rbp + 0x18], rsi
;;    87: mov rsi, qword [rbx]
;;    8a: mov rsp, rbp
;;    8d: pop rbp
;;    8e: jmp rsi
;;    91: mov eax, 0x9
;;    96: jmp $+0x20
;;    9b: mov eax, 0xb
;;    a0: jmp $+0x0
;;    a5: mov ebx, eax
;;    a7: mov rdi, rbp
;;    aa: lea rsi, qword [rip - 0xc]
;;    b1: and rsp, -0x10
;;    b5: call qword [r14 + 0x30]
;;    b9: mov eax, ebx
;;    bb: mov rsp, qword [r13 + 0x8]
;;    bf: ret
;;
;; function 1 (292 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xbe
;;    19: mov rdi, r14
;;    1c: mov esi, 0x1
;;    22: lea rdx, qword [rbp + 0x10]
;;    26: mov rbx, qword [r14 + 0x18]
;;    2a: mov rbx, qword [rbx + 0x70]
;;    2e: call rbx
;;    31: test eax, eax
;;    33: jnz $+0xa8
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
;;    62: jnz $+0x79
;;    68: xor ebx, ebx
;;    6b: mov eax, dword [rbp - 0x10]
;;    6e: mov dword [rsp], eax
;;    71: mov eax, dword [rbp - 0x18]
;;    74: mov dword [rsp + 0x8], eax
;;    78: mov rsi, qword [r14 + 0x58]
;;    7c: cmp ebx, dword [rsi + 0x8]
;;    7f: jnb $+0x66
;;    85: mov rsi, qword [rsi]
;;    88: shl rbx, 0x3
;;    8c: add rsi, rbx
;;    8f: mov rsi, qword [rsi]
;;    92: test rsi, rsi
;;    95: jz $+0x5a
;;    9b: mov ebx, dword [r14 + 0x40]
;;    9f: cmp ebx, dword [rsi + 0x10]
;;    a2: jnz $+0x57
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
;;    d7: mov eax, 0x9
;;    dc: jmp $+0x3e
;;    e1: mov eax, 0xb
;;    e6: jmp $+0x1e
;;    eb: mov eax, 0x6
;;    f0: jmp $+0x14
;;    f5: mov eax, 0x7
;;    fa: jmp $+0xa
;;    ff: mov eax, 0x8
;;   104: jmp $+0x0
;;   109: mov ebx, eax
;;   10b: mov rdi, rbp
;;   10e: lea rsi, qword [rip - 0xc]
;;   115: and rsp, -0x10
;;   119: call qword [r14 + 0x30]
;;   11d: mov eax, ebx
;;   11f: mov rsp, qword [r13 + 0x8]
;;   123: ret

;; ==== aarch64 ====
;; function 0 (240 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x90
;;    24: mov x0, x28
;;    28: mov w1, #0x0
;;    2c: mov x17, #0x10
;;    30: add x2, x29, x17
;;    34: ldr x3, [x28, #0x18]
;;    38: ldr x3, [x3, #0x70]
;;    3c: blr x3
;;    40: cbnz w0, $+0x78
;;    44: ldr w0, [x29, #0x18]
;;    48: ldr w16, [x29, #0x10]
;;    4c: add w0, w0, w16
;;    50: stur w0, [x29, #-0x10]
;;    54: ldr w16, [x29, #0x10]
;;    58: stur w16, [x29, #-0x18]
;;    5c: mov x0, x28
;;    60: mov w1, #0x0
;;    64: mov x17, #0x10
;;    68: add x2, x29, x17
;;    6c: ldr x3, [x28, #0x18]
;;    70: ldr x3, [x3, #0x80]
;;    74: blr x3
;;    78: cbnz w0, $+0x40
;;    7c: ldur w16, [x29, #-0x10]
;;    80: str w16, [sp]
;;    84: ldur w16, [x29, #-0x18]
;;    88: str w16, [sp, #0x8]
;;    8c: ldr x0, [x28, #0x48]
;;    90: ldr x1, [sp]
;;    94: str x1, [x29, #0x10]
;;    98: ldr x1, [sp, #0x8]
;;    9c: str x1, [x29, #0x18]
;;    a0: ldr x1, [x0]
;;    a4: mov sp, x29
;;    a8: ldp x29, x30, [sp], #0x10
;;    ac: br x1
;;    b0: mov w0, #0x9
;;    b4: b $+0x2c
;;    b8: mov w0, #0xb
;;    bc: b $+0x4
;;    c0: mov w19, w0
;;    c4: mov x0, x29
;;    c8: adr x1, $-0x8
;;    cc: mov x16, sp
;;    d0: and sp, x16, #0xfffffffffffffff0
;;    d4: ldr x17, [x28, #0x30]
;;    d8: blr x17
;;    dc: mov w0, w19
;;    e0: ldr x16, [x26, #0x8]
;;    e4: ldr x17, [x16]
;;    e8: add sp, x16, #0x10
;;    ec: br x17
;;
;; function 1 (332 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0xd4
;;    24: mov x0, x28
;;    28: mov w1, #0x1
;;    2c: mov x17, #0x10
;;    30: add x2, x29, x17
;;    34: ldr x3, [x28, #0x18]
;;    38: ldr x3, [x3, #0x70]
;;    3c: blr x3
;;    40: cbnz w0, $+0xbc
;;    44: ldr w16, [x29, #0x18]
;;    48: stur w16, [x29, #-0x10]
;;    4c: ldr w16, [x29, #0x10]
;;    50: stur w16, [x29, #-0x18]
;;    54: mov x0, x28
;;    58: mov w1, #0x1
;;    5c: mov x17, #0x10
;;    60: add x2, x29, x17
;;    64: ldr x3, [x28, #0x18]
;;    68: ldr x3, [x3, #0x80]
;;    6c: blr x3
;;    70: cbnz w0, $+0x8c
;;    74: mov w0, #0x0
;;    78: ldur w16, [x29, #-0x10]
;;    7c: str w16, [sp]
;;    80: ldur w16, [x29, #-0x18]
;;    84: str w16, [sp, #0x8]
;;    88: ldr x1, [x28, #0x58]
;;    8c: ldr w16, [x1, #0x8]
;;    90: cmp w0, w16
;;    94: b.hs $+0x70
;;    98: ldr x1, [x1]
;;    9c: lsl x0, x0, #0x3
;;    a0: add x1, x1, x0
;;    a4: ldr x1, [x1]
;;    a8: cbz x1, $+0x64
;;    ac: ldr w0, [x28, #0x40]
;;    b0: ldr w16, [x1, #0x10]
;;    b4: cmp w0, w16
;;    b8: b.ne $+0x5c
;;    bc: ldr x0, [sp]
;;    c0: str x0, [x29, #0x10]
;;    c4: ldr x0, [sp, #0x8]
;;    c8: str x0, [x29, #0x18]
;;    cc: ldr x0, [x1]
;;    d0: ldr x16, [x1, #0x8]
;;    d4: cmp x28, x16
;;    d8: b.eq $+0x10
;;    dc: mov x15, x28
;;    e0: ldr x28, [x1, #0x8]
;;    e4: ldr x27, [x28]
;;    e8: mov sp, x29
;;    ec: ldp x29, x30, [sp], #0x10
;;    f0: br x0
;;    f4: mov w0, #0x9
;;    f8: b $+0x44
;;    fc: mov w0, #0xb
;;   100: b $+0x1c
;;   104: mov w0, #0x6
;;   108: b $+0x14
;;   10c: mov w0, #0x7
;;   110: b $+0xc
;;   114: mov w0, #0x8
;;   118: b $+0x4
;;   11c: mov w19, w0
;;   120: mov x0, x29
;;   124: adr x1, $-0x8
;;   128: mov x16, sp
;;   12c: and sp, x16, #0xfffffffffffffff0
;;   130: ldr x17, [x28, #0x30]
;;   134: blr x17
;;   138: mov w0, w19
;;   13c: ldr x16, [x26, #0x8]
;;   140: ldr x17, [x16]
;;   144: add sp, x16, #0x10
;;   148: br x17
