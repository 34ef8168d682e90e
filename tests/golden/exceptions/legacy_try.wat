;;! legacy_exceptions
;; A legacy try: the landing pad at its start frees what the try's hidden local still holds
;; (ExnRelease), keeps the new exception there and jumps to the dispatch code at the first
;; catch, which tests the tag, loads the payload and runs the clause; an exception no clause
;; matches is marked exposed and thrown on. rethrow reads the hidden local.
(module
  (tag $t (param i32))
  (func $callee (param i32))
  (func (param i32) (result i32)
    try (result i32)
      local.get 0
      call $callee
      i32.const 0
    catch $t
      i32.const 1
      i32.add
    end)
  (func
    try
      i32.const 1
      call $callee
    catch $t
      drop
      rethrow 0
    end))

;; ==== x64 ====
;; function 0 (67 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5
;;    19: mov rsp, rbp
;;    1c: pop rbp
;;    1d: ret
;;    1e: mov eax, 0x9
;;    23: jmp $+0x16
;;    28: mov ebx, eax
;;    2a: mov rdi, rbp
;;    2d: lea rsi, qword [rip - 0xc]
;;    34: and rsp, -0x10
;;    38: call qword [r14 + 0x30]
;;    3c: mov eax, ebx
;;    3e: mov rsp, qword [r13 + 0x8]
;;    42: ret
;;
;; function 1 (226 bytes, calls [CallReloc { offset: 99, callee: 0 }], handlers [0x67 -> 0x27])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xa4
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: jmp $+0x35
;;    27: mov r14, qword [rbp - 0x8]
;;    2b: mov r15, qword [r14]
;;    2e: mov rbx, rax
;;    31: mov rsi, qword [rbp - 0x10]
;;    35: mov qword [rbp - 0x18], rbx
;;    39: mov qword [rbp - 0x20], rsi
;;    3d: mov rsi, qword [rbp - 0x20]
;;    41: mov rdi, r14
;;    44: mov rbx, qword [r14 + 0x18]
;;    48: mov rbx, qword [rbx + 0x68]
;;    4c: call rbx
;;    4f: mov rbx, qword [rbp - 0x18]
;;    53: mov qword [rbp - 0x10], rbx
;;    57: jmp $+0x13
;;    5c: mov eax, dword [rbp + 0x10]
;;    5f: mov dword [rsp], eax
;;    62: call $+0x0
;;    67: xor eax, eax
;;    6a: jmp $+0x43
;;    6f: mov r14, qword [rbp - 0x8]
;;    73: mov r15, qword [r14]
;;    76: mov rbx, qword [rbp - 0x10]
;;    7a: mov rsi, qword [rbx]
;;    7d: cmp rsi, qword [r14 + 0x68]
;;    81: jnz $+0xe
;;    87: mov esi, dword [rbx + 0x10]
;;    8a: add esi, 0x1
;;    8d: mov eax, esi
;;    90: jmp $+0x1d
;;    95: mov r14, qword [rbp - 0x8]
;;    99: mov r15, qword [r14]
;;    9c: mov rbx, qword [rbp - 0x10]
;;    a0: mov qword [rbx + 0x8], 0x1
;;    a8: mov rsi, qword [r13 + 0x10]
;;    ac: mov rax, rbx
;;    af: call rsi
;;    b2: mov ebx, eax
;;    b5: mov eax, ebx
;;    b8: mov rsp, rbp
;;    bb: pop rbp
;;    bc: ret
;;    bd: mov eax, 0x9
;;    c2: jmp $+0x16
;;    c7: mov ebx, eax
;;    c9: mov rdi, rbp
;;    cc: lea rsi, qword [rip - 0xc]
;;    d3: and rsp, -0x10
;;    d7: call qword [r14 + 0x30]
;;    db: mov eax, ebx
;;    dd: mov rsp, qword [r13 + 0x8]
;;    e1: ret
;;
;; function 2 (229 bytes, calls [CallReloc { offset: 100, callee: 0 }], handlers [0x68 -> 0x27])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xa7
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: jmp $+0x35
;;    27: mov r14, qword [rbp - 0x8]
;;    2b: mov r15, qword [r14]
;;    2e: mov rbx, rax
;;    31: mov rsi, qword [rbp - 0x10]
;;    35: mov qword [rbp - 0x18], rbx
;;    39: mov qword [rbp - 0x20], rsi
;;    3d: mov rsi, qword [rbp - 0x20]
;;    41: mov rdi, r14
;;    44: mov rbx, qword [r14 + 0x18]
;;    48: mov rbx, qword [rbx + 0x68]
;;    4c: call rbx
;;    4f: mov rbx, qword [rbp - 0x18]
;;    53: mov qword [rbp - 0x10], rbx
;;    57: jmp $+0x11
;;    5c: mov dword [rsp], 0x1
;;    63: call $+0x0
;;    68: jmp $+0x4e
;;    6d: mov r14, qword [rbp - 0x8]
;;    71: mov r15, qword [r14]
;;    74: mov rbx, qword [rbp - 0x10]
;;    78: mov rsi, qword [rbx]
;;    7b: cmp rsi, qword [r14 + 0x68]
;;    7f: jnz $+0x19
;;    85: mov esi, dword [rbx + 0x10]
;;    88: mov rbx, qword [rbp - 0x10]
;;    8c: mov qword [rbx + 0x8], 0x1
;;    94: mov rsi, qword [r13 + 0x10]
;;    98: mov rax, rbx
;;    9b: call rsi
;;    9e: mov r14, qword [rbp - 0x8]
;;    a2: mov r15, qword [r14]
;;    a5: mov rbx, qword [rbp - 0x10]
;;    a9: mov qword [rbx + 0x8], 0x1
;;    b1: mov rsi, qword [r13 + 0x10]
;;    b5: mov rax, rbx
;;    b8: call rsi
;;    bb: mov rsp, rbp
;;    be: pop rbp
;;    bf: ret
;;    c0: mov eax, 0x9
;;    c5: jmp $+0x16
;;    ca: mov ebx, eax
;;    cc: mov rdi, rbp
;;    cf: lea rsi, qword [rip - 0xc]
;;    d6: and rsp, -0x10
;;    da: call qword [r14 + 0x30]
;;    de: mov eax, ebx
;;    e0: mov rsp, qword [r13 + 0x8]
;;    e4: ret

;; ==== aarch64 ====
;; function 0 (100 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x10
;;    20: mov sp, x29
;;    24: ldp x29, x30, [sp], #0x10
;;    28: ret
;;    2c: mov w0, #0x9
;;    30: b $+0x24
;;    34: mov w19, w0
;;    38: mov x0, x29
;;    3c: adr x1, $-0x8
;;    40: mov x16, sp
;;    44: and sp, x16, #0xfffffffffffffff0
;;    48: ldr x17, [x28, #0x30]
;;    4c: blr x17
;;    50: mov w0, w19
;;    54: ldr x16, [x26, #0x8]
;;    58: ldr x17, [x16]
;;    5c: add sp, x16, #0x10
;;    60: br x17
;;
;; function 1 (260 bytes, calls [CallReloc { offset: 100, callee: 0 }], handlers [0x68 -> 0x28])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xb0
;;    20: stur xzr, [x29, #-0x10]
;;    24: b $+0x38
;;    28: ldur x28, [x29, #-0x8]
;;    2c: ldr x27, [x28]
;;    30: ldur x1, [x29, #-0x10]
;;    34: stur x0, [x29, #-0x18]
;;    38: stur x1, [x29, #-0x20]
;;    3c: ldur x1, [x29, #-0x20]
;;    40: mov x0, x28
;;    44: ldr x2, [x28, #0x18]
;;    48: ldr x2, [x2, #0x68]
;;    4c: blr x2
;;    50: ldur x0, [x29, #-0x18]
;;    54: stur x0, [x29, #-0x10]
;;    58: b $+0x18
;;    5c: ldr w16, [x29, #0x10]
;;    60: str w16, [sp]
;;    64: bl $+0x0
;;    68: mov w15, #0x0
;;    6c: b $+0x4c
;;    70: ldur x28, [x29, #-0x8]
;;    74: ldr x27, [x28]
;;    78: ldur x0, [x29, #-0x10]
;;    7c: ldr x1, [x0]
;;    80: ldr x16, [x28, #0x68]
;;    84: cmp x1, x16
;;    88: b.ne $+0x14
;;    8c: ldr w1, [x0, #0x10]
;;    90: add w1, w1, #0x1
;;    94: mov w15, w1
;;    98: b $+0x20
;;    9c: ldur x28, [x29, #-0x8]
;;    a0: ldr x27, [x28]
;;    a4: ldur x0, [x29, #-0x10]
;;    a8: mov x16, #0x1
;;    ac: str x16, [x0, #0x8]
;;    b0: ldr x1, [x26, #0x10]
;;    b4: blr x1
;;    b8: mov w0, w15
;;    bc: mov w0, w0
;;    c0: mov sp, x29
;;    c4: ldp x29, x30, [sp], #0x10
;;    c8: ret
;;    cc: mov w0, #0x9
;;    d0: b $+0x24
;;    d4: mov w19, w0
;;    d8: mov x0, x29
;;    dc: adr x1, $-0x8
;;    e0: mov x16, sp
;;    e4: and sp, x16, #0xfffffffffffffff0
;;    e8: ldr x17, [x28, #0x30]
;;    ec: blr x17
;;    f0: mov w0, w19
;;    f4: ldr x16, [x26, #0x8]
;;    f8: ldr x17, [x16]
;;    fc: add sp, x16, #0x10
;;   100: br x17
;;
;; function 2 (256 bytes, calls [CallReloc { offset: 100, callee: 0 }], handlers [0x68 -> 0x28])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xac
;;    20: stur xzr, [x29, #-0x10]
;;    24: b $+0x38
;;    28: ldur x28, [x29, #-0x8]
;;    2c: ldr x27, [x28]
;;    30: ldur x1, [x29, #-0x10]
;;    34: stur x0, [x29, #-0x18]
;;    38: stur x1, [x29, #-0x20]
;;    3c: ldur x1, [x29, #-0x20]
;;    40: mov x0, x28
;;    44: ldr x2, [x28, #0x18]
;;    48: ldr x2, [x2, #0x68]
;;    4c: blr x2
;;    50: ldur x0, [x29, #-0x18]
;;    54: stur x0, [x29, #-0x10]
;;    58: b $+0x14
;;    5c: mov w16, #0x1
;;    60: str w16, [sp]
;;    64: bl $+0x0
;;    68: b $+0x54
;;    6c: ldur x28, [x29, #-0x8]
;;    70: ldr x27, [x28]
;;    74: ldur x0, [x29, #-0x10]
;;    78: ldr x1, [x0]
;;    7c: ldr x16, [x28, #0x68]
;;    80: cmp x1, x16
;;    84: b.ne $+0x1c
;;    88: ldr w1, [x0, #0x10]
;;    8c: ldur x0, [x29, #-0x10]
;;    90: mov x16, #0x1
;;    94: str x16, [x0, #0x8]
;;    98: ldr x1, [x26, #0x10]
;;    9c: blr x1
;;    a0: ldur x28, [x29, #-0x8]
;;    a4: ldr x27, [x28]
;;    a8: ldur x0, [x29, #-0x10]
;;    ac: mov x16, #0x1
;;    b0: str x16, [x0, #0x8]
;;    b4: ldr x1, [x26, #0x10]
;;    b8: blr x1
;;    bc: mov sp, x29
;;    c0: ldp x29, x30, [sp], #0x10
;;    c4: ret
;;    c8: mov w0, #0x9
;;    cc: b $+0x24
;;    d0: mov w19, w0
;;    d4: mov x0, x29
;;    d8: adr x1, $-0x8
;;    dc: mov x16, sp
;;    e0: and sp, x16, #0xfffffffffffffff0
;;    e4: ldr x17, [x28, #0x30]
;;    e8: blr x17
;;    ec: mov w0, w19
;;    f0: ldr x16, [x26, #0x8]
;;    f4: ldr x17, [x16]
;;    f8: add sp, x16, #0x10
;;    fc: br x17
