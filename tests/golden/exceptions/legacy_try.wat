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
;; function 0 (71 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x5
;;    1d: mov rsp, rbp
;;    20: pop rbp
;;    21: ret
;;    22: mov eax, 0x9
;;    27: jmp $+0x16
;;    2c: mov ebx, eax
;;    2e: mov rdi, rbp
;;    31: lea rsi, qword [rip - 0xc]
;;    38: and rsp, -0x10
;;    3c: call qword [r14 + 0x30]
;;    40: mov eax, ebx
;;    42: mov rsp, qword [r13 + 0x8]
;;    46: ret
;;
;; function 1 (230 bytes, calls [CallReloc { offset: 103, callee: 0 }], handlers [0x6b -> 0x2e])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x30
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xa4
;;    1d: xorps xmm0, xmm0
;;    21: movq qword [rbp - 0x10], xmm0
;;    26: mov dword [rbp + 0x10], esi
;;    29: jmp $+0x35
;;    2e: mov r14, qword [rbp - 0x8]
;;    32: mov r15, qword [r14]
;;    35: mov rbx, rax
;;    38: mov rsi, qword [rbp - 0x10]
;;    3c: mov qword [rbp - 0x18], rbx
;;    40: mov qword [rbp - 0x20], rsi
;;    44: mov rsi, qword [rbp - 0x20]
;;    48: mov rdi, r14
;;    4b: mov rbx, qword [r14 + 0x18]
;;    4f: mov rbx, qword [rbx + 0x68]
;;    53: call rbx
;;    56: mov rbx, qword [rbp - 0x18]
;;    5a: mov qword [rbp - 0x10], rbx
;;    5e: jmp $+0x10
;;    63: mov esi, dword [rbp + 0x10]
;;    66: call $+0x0
;;    6b: xor eax, eax
;;    6e: jmp $+0x43
;;    73: mov r14, qword [rbp - 0x8]
;;    77: mov r15, qword [r14]
;;    7a: mov rbx, qword [rbp - 0x10]
;;    7e: mov rsi, qword [rbx]
;;    81: cmp rsi, qword [r14 + 0x68]
;;    85: jnz $+0xe
;;    8b: mov esi, dword [rbx + 0x10]
;;    8e: add esi, 0x1
;;    91: mov eax, esi
;;    94: jmp $+0x1d
;;    99: mov r14, qword [rbp - 0x8]
;;    9d: mov r15, qword [r14]
;;    a0: mov rbx, qword [rbp - 0x10]
;;    a4: mov qword [rbx + 0x8], 0x1
;;    ac: mov rsi, qword [r13 + 0x10]
;;    b0: mov rax, rbx
;;    b3: call rsi
;;    b6: mov ebx, eax
;;    b9: mov eax, ebx
;;    bc: mov rsp, rbp
;;    bf: pop rbp
;;    c0: ret
;;    c1: mov eax, 0x9
;;    c6: jmp $+0x16
;;    cb: mov ebx, eax
;;    cd: mov rdi, rbp
;;    d0: lea rsi, qword [rip - 0xc]
;;    d7: and rsp, -0x10
;;    db: call qword [r14 + 0x30]
;;    df: mov eax, ebx
;;    e1: mov rsp, qword [r13 + 0x8]
;;    e5: ret
;;
;; function 2 (228 bytes, calls [CallReloc { offset: 99, callee: 0 }], handlers [0x67 -> 0x27])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xa6
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
;;    57: jmp $+0x10
;;    5c: mov esi, 0x1
;;    62: call $+0x0
;;    67: jmp $+0x4e
;;    6c: mov r14, qword [rbp - 0x8]
;;    70: mov r15, qword [r14]
;;    73: mov rbx, qword [rbp - 0x10]
;;    77: mov rsi, qword [rbx]
;;    7a: cmp rsi, qword [r14 + 0x68]
;;    7e: jnz $+0x19
;;    84: mov esi, dword [rbx + 0x10]
;;    87: mov rbx, qword [rbp - 0x10]
;;    8b: mov qword [rbx + 0x8], 0x1
;;    93: mov rsi, qword [r13 + 0x10]
;;    97: mov rax, rbx
;;    9a: call rsi
;;    9d: mov r14, qword [rbp - 0x8]
;;    a1: mov r15, qword [r14]
;;    a4: mov rbx, qword [rbp - 0x10]
;;    a8: mov qword [rbx + 0x8], 0x1
;;    b0: mov rsi, qword [r13 + 0x10]
;;    b4: mov rax, rbx
;;    b7: call rsi
;;    ba: mov rsp, rbp
;;    bd: pop rbp
;;    be: ret
;;    bf: mov eax, 0x9
;;    c4: jmp $+0x16
;;    c9: mov ebx, eax
;;    cb: mov rdi, rbp
;;    ce: lea rsi, qword [rip - 0xc]
;;    d5: and rsp, -0x10
;;    d9: call qword [r14 + 0x30]
;;    dd: mov eax, ebx
;;    df: mov rsp, qword [r13 + 0x8]
;;    e3: ret

;; ==== aarch64 ====
;; function 0 (104 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x10
;;    24: mov sp, x29
;;    28: ldp x29, x30, [sp], #0x10
;;    2c: ret
;;    30: mov w0, #0x9
;;    34: b $+0x24
;;    38: mov w19, w0
;;    3c: mov x0, x29
;;    40: adr x1, $-0x8
;;    44: mov x16, sp
;;    48: and sp, x16, #0xfffffffffffffff0
;;    4c: ldr x17, [x28, #0x30]
;;    50: blr x17
;;    54: mov w0, w19
;;    58: ldr x16, [x26, #0x8]
;;    5c: ldr x17, [x16]
;;    60: add sp, x16, #0x10
;;    64: br x17
;;
;; function 1 (264 bytes, calls [CallReloc { offset: 104, callee: 0 }], handlers [0x6c -> 0x30])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x30
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0xb0
;;    24: stur xzr, [x29, #-0x10]
;;    28: str w0, [x29, #0x10]
;;    2c: b $+0x38
;;    30: ldur x28, [x29, #-0x8]
;;    34: ldr x27, [x28]
;;    38: ldur x1, [x29, #-0x10]
;;    3c: stur x0, [x29, #-0x18]
;;    40: stur x1, [x29, #-0x20]
;;    44: ldur x1, [x29, #-0x20]
;;    48: mov x0, x28
;;    4c: ldr x2, [x28, #0x18]
;;    50: ldr x2, [x2, #0x68]
;;    54: blr x2
;;    58: ldur x0, [x29, #-0x18]
;;    5c: stur x0, [x29, #-0x10]
;;    60: b $+0x14
;;    64: ldr w0, [x29, #0x10]
;;    68: bl $+0x0
;;    6c: mov w15, #0x0
;;    70: b $+0x4c
;;    74: ldur x28, [x29, #-0x8]
;;    78: ldr x27, [x28]
;;    7c: ldur x0, [x29, #-0x10]
;;    80: ldr x1, [x0]
;;    84: ldr x16, [x28, #0x68]
;;    88: cmp x1, x16
;;    8c: b.ne $+0x14
;;    90: ldr w1, [x0, #0x10]
;;    94: add w1, w1, #0x1
;;    98: mov w15, w1
;;    9c: b $+0x20
;;    a0: ldur x28, [x29, #-0x8]
;;    a4: ldr x27, [x28]
;;    a8: ldur x0, [x29, #-0x10]
;;    ac: mov x16, #0x1
;;    b0: str x16, [x0, #0x8]
;;    b4: ldr x1, [x26, #0x10]
;;    b8: blr x1
;;    bc: mov w0, w15
;;    c0: mov w0, w0
;;    c4: mov sp, x29
;;    c8: ldp x29, x30, [sp], #0x10
;;    cc: ret
;;    d0: mov w0, #0x9
;;    d4: b $+0x24
;;    d8: mov w19, w0
;;    dc: mov x0, x29
;;    e0: adr x1, $-0x8
;;    e4: mov x16, sp
;;    e8: and sp, x16, #0xfffffffffffffff0
;;    ec: ldr x17, [x28, #0x30]
;;    f0: blr x17
;;    f4: mov w0, w19
;;    f8: ldr x16, [x26, #0x8]
;;    fc: ldr x17, [x16]
;;   100: add sp, x16, #0x10
;;   104: br x17
;;
;; function 2 (252 bytes, calls [CallReloc { offset: 96, callee: 0 }], handlers [0x64 -> 0x28])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xa8
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
;;    58: b $+0x10
;;    5c: mov w0, #0x1
;;    60: bl $+0x0
;;    64: b $+0x54
;;    68: ldur x28, [x29, #-0x8]
;;    6c: ldr x27, [x28]
;;    70: ldur x0, [x29, #-0x10]
;;    74: ldr x1, [x0]
;;    78: ldr x16, [x28, #0x68]
;;    7c: cmp x1, x16
;;    80: b.ne $+0x1c
;;    84: ldr w1, [x0, #0x10]
;;    88: ldur x0, [x29, #-0x10]
;;    8c: mov x16, #0x1
;;    90: str x16, [x0, #0x8]
;;    94: ldr x1, [x26, #0x10]
;;    98: blr x1
;;    9c: ldur x28, [x29, #-0x8]
;;    a0: ldr x27, [x28]
;;    a4: ldur x0, [x29, #-0x10]
;;    a8: mov x16, #0x1
;;    ac: str x16, [x0, #0x8]
;;    b0: ldr x1, [x26, #0x10]
;;    b4: blr x1
;;    b8: mov sp, x29
;;    bc: ldp x29, x30, [sp], #0x10
;;    c0: ret
;;    c4: mov w0, #0x9
;;    c8: b $+0x24
;;    cc: mov w19, w0
;;    d0: mov x0, x29
;;    d4: adr x1, $-0x8
;;    d8: mov x16, sp
;;    dc: and sp, x16, #0xfffffffffffffff0
;;    e0: ldr x17, [x28, #0x30]
;;    e4: blr x17
;;    e8: mov w0, w19
;;    ec: ldr x16, [x26, #0x8]
;;    f0: ldr x17, [x16]
;;    f4: add sp, x16, #0x10
;;    f8: br x17
