;;! gc
;; array.get/set null-check, compare the index with the length in the header (unsigned,
;; so a negative index is out of bounds), scale it by the element size and access the
;; element past the 24-byte header; array.len loads the length; array.new allocates
;; through the builtin and fills in an inline loop; array.fill checks the range in 64
;; bits and runs the same loop.
(module
  (type $a (array (mut i16)))
  (type $d (array (mut f64)))
  (func (export "get") (param (ref null $a) i32) (result i32) (array.get_s $a (local.get 0) (local.get 1)))
  (func (export "set") (param (ref null $d) i32 f64) (array.set $d (local.get 0) (local.get 1) (local.get 2)))
  (func (export "len") (param (ref null $a)) (result i32) (array.len (local.get 0)))
  (func (export "new") (param i32) (result (ref $a)) (array.new $a (i32.const 7) (local.get 0)))
  (func (export "fill") (param (ref null $d) i32 f64 i32)
    (array.fill $d (local.get 0) (local.get 1) (local.get 2) (local.get 3))))

;; ==== x64 ====
;; function 0 (201 bytes, calls [], stack maps [0x86: [16]])
;;     0: mov esi, dword [rsp + 0x10]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x73
;;    1d: cmp dword [r14 + 0x160], 0x0
;;    25: jnz $+0x2c
;;    2b: mov dword [rbp + 0x18], esi
;;    2e: mov rbx, qword [rbp + 0x10]
;;    32: test rbx, rbx
;;    35: jz $+0x5f
;;    3b: cmp esi, dword [rbx + 0x10]
;;    3e: jnb $+0x60
;;    44: shl rsi, 0x1
;;    48: add rsi, rbx
;;    4b: movsx esi, word [rsi + 0x18]
;;    4f: mov eax, esi
;;    52: mov rsp, rbp
;;    55: pop rbp
;;    56: ret
;;    57: lea rax, qword [rbp]
;;    5b: mov qword [r13 + 0x50], rax
;;    5f: lea rax, qword [rip + 0x20]
;;    66: mov qword [r13 + 0x58], rax
;;    6a: lea rax, qword [r13 + 0x50]
;;    6e: mov qword [r13 + 0x60], rax
;;    72: push r13
;;    74: push 0x1d000000
;;    79: call qword [r14 + 0x38]
;;    81: lea rsp, qword [rsp + 0x10]
;;    86: mov qword [r13 + 0x60], 0x0
;;    8e: jmp $-0x65
;;    90: mov eax, 0x9
;;    95: jmp $+0x2a
;;    9a: mov eax, 0x15
;;    9f: jmp $+0xa
;;    a4: mov eax, 0x16
;;    a9: jmp $+0x0
;;    ae: mov ebx, eax
;;    b0: mov rdi, rbp
;;    b3: lea rsi, qword [rip - 0xc]
;;    ba: and rsp, -0x10
;;    be: call qword [r14 + 0x30]
;;    c2: mov eax, ebx
;;    c4: mov rsp, qword [r13 + 0x8]
;;    c8: ret
;;
;; function 1 (205 bytes, calls [], stack maps [0x8a: [16]])
;;     0: mov esi, dword [rsp + 0x10]
;;     4: movsd xmm1, qword [rsp + 0x18]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x20
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0x71
;;    23: cmp dword [r14 + 0x160], 0x0
;;    2b: jnz $+0x2a
;;    31: mov dword [rbp + 0x18], esi
;;    34: mov rbx, qword [rbp + 0x10]
;;    38: test rbx, rbx
;;    3b: jz $+0x5d
;;    41: cmp esi, dword [rbx + 0x10]
;;    44: jnb $+0x5e
;;    4a: shl rsi, 0x3
;;    4e: add rsi, rbx
;;    51: movsd qword [rsi + 0x18], xmm1
;;    56: mov rsp, rbp
;;    59: pop rbp
;;    5a: ret
;;    5b: lea rax, qword [rbp]
;;    5f: mov qword [r13 + 0x50], rax
;;    63: lea rax, qword [rip + 0x20]
;;    6a: mov qword [r13 + 0x58], rax
;;    6e: lea rax, qword [r13 + 0x50]
;;    72: mov qword [r13 + 0x60], rax
;;    76: push r13
;;    78: push 0x1d000000
;;    7d: call qword [r14 + 0x38]
;;    85: lea rsp, qword [rsp + 0x10]
;;    8a: mov qword [r13 + 0x60], 0x0
;;    92: jmp $-0x63
;;    94: mov eax, 0x9
;;    99: jmp $+0x2a
;;    9e: mov eax, 0x15
;;    a3: jmp $+0xa
;;    a8: mov eax, 0x16
;;    ad: jmp $+0x0
;;    b2: mov ebx, eax
;;    b4: mov rdi, rbp
;;    b7: lea rsi, qword [rip - 0xc]
;;    be: and rsp, -0x10
;;    c2: call qword [r14 + 0x30]
;;    c6: mov eax, ebx
;;    c8: mov rsp, qword [r13 + 0x8]
;;    cc: ret
;;
;; function 2 (167 bytes, calls [], stack maps [0x6e: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5f
;;    19: cmp dword [r14 + 0x160], 0x0
;;    21: jnz $+0x18
;;    27: mov rbx, qword [rbp + 0x10]
;;    2b: test rbx, rbx
;;    2e: jz $+0x4e
;;    34: mov esi, dword [rbx + 0x10]
;;    37: mov eax, esi
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: lea rax, qword [rbp]
;;    43: mov qword [r13 + 0x50], rax
;;    47: lea rax, qword [rip + 0x20]
;;    4e: mov qword [r13 + 0x58], rax
;;    52: lea rax, qword [r13 + 0x50]
;;    56: mov qword [r13 + 0x60], rax
;;    5a: push r13
;;    5c: push 0x1d000000
;;    61: call qword [r14 + 0x38]
;;    69: lea rsp, qword [rsp + 0x10]
;;    6e: mov qword [r13 + 0x60], 0x0
;;    76: jmp $-0x51
;;    78: mov eax, 0x9
;;    7d: jmp $+0x20
;;    82: mov eax, 0x15
;;    87: jmp $+0x0
;;    8c: mov ebx, eax
;;    8e: mov rdi, rbp
;;    91: lea rsi, qword [rip - 0xc]
;;    98: and rsp, -0x10
;;    9c: call qword [r14 + 0x30]
;;    a0: mov eax, ebx
;;    a2: mov rsp, qword [r13 + 0x8]
;;    a6: ret
;;
;; function 3 (273 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xc5
;;    1d: cmp dword [r14 + 0x160], 0x0
;;    25: jnz $+0x7b
;;    2b: mov dword [rbp - 0x18], esi
;;    2e: mov dword [rbp + 0x10], esi
;;    31: mov edx, dword [rbp - 0x18]
;;    34: xor esi, esi
;;    37: mov rdi, r14
;;    3a: lea rax, qword [rbp]
;;    3e: mov qword [r13 + 0x50], rax
;;    42: lea rax, qword [rip + 0x1a]
;;    49: mov qword [r13 + 0x58], rax
;;    4d: lea rax, qword [r13 + 0x50]
;;    51: mov qword [r13 + 0x60], rax
;;    55: mov rbx, qword [r14 + 0x18]
;;    59: mov rbx, qword [rbx + 0xb0]
;;    60: call rbx
;;    63: mov qword [r13 + 0x60], 0x0
;;    6b: mov rbx, rax
;;    6e: test rbx, rbx
;;    71: jz $+0x75
;;    77: mov esi, 0x7
;;    7d: mov rdi, rbx
;;    80: mov r8d, dword [rbx + 0x10]
;;    84: shl r8, 0x1
;;    88: add r8, rbx
;;    8b: cmp rdi, r8
;;    8e: jnb $+0xa
;;    94: mov word [rdi + 0x18], si
;;    98: add rdi, 0x2
;;    9c: jmp $-0x13
;;    9e: mov rax, rbx
;;    a1: mov rsp, rbp
;;    a4: pop rbp
;;    a5: ret
;;    a6: lea rax, qword [rbp]
;;    aa: mov qword [r13 + 0x50], rax
;;    ae: lea rax, qword [rip + 0x20]
;;    b5: mov qword [r13 + 0x58], rax
;;    b9: lea rax, qword [r13 + 0x50]
;;    bd: mov qword [r13 + 0x60], rax
;;    c1: push r13
;;    c3: push 0x1d000000
;;    c8: call qword [r14 + 0x38]
;;    d0: lea rsp, qword [rsp + 0x10]
;;    d5: mov qword [r13 + 0x60], 0x0
;;    dd: jmp $-0xb7
;;    e2: mov eax, 0x9
;;    e7: jmp $+0x20
;;    ec: mov eax, 0x17
;;    f1: jmp $+0x0
;;    f6: mov ebx, eax
;;    f8: mov rdi, rbp
;;    fb: lea rsi, qword [rip - 0xc]
;;   102: and rsp, -0x10
;;   106: call qword [r14 + 0x30]
;;   10a: mov eax, ebx
;;   10c: mov rsp, qword [r13 + 0x8]
;;   110: ret
;;
;; function 4 (246 bytes, calls [], stack maps [0xb0: [16]])
;;     0: mov esi, dword [rsp + 0x10]
;;     4: movsd xmm1, qword [rsp + 0x18]
;;     a: mov edi, dword [rsp + 0x20]
;;     e: push rbp
;;     f: mov rbp, rsp
;;    12: sub rsp, 0x30
;;    19: mov qword [rbp - 0x8], r14
;;    1d: cmp rsp, qword [r13]
;;    21: jb $+0x96
;;    27: cmp dword [r14 + 0x160], 0x0
;;    2f: jnz $+0x4c
;;    35: mov dword [rbp + 0x28], edi
;;    38: mov dword [rbp + 0x18], esi
;;    3b: mov rbx, qword [rbp + 0x10]
;;    3f: test rbx, rbx
;;    42: jz $+0x7f
;;    48: mov r8, rsi
;;    4b: add r8, rdi
;;    4e: mov edi, dword [rbx + 0x10]
;;    51: cmp r8, rdi
;;    54: ja $+0x77
;;    5a: shl rsi, 0x3
;;    5e: add rsi, rbx
;;    61: shl r8, 0x3
;;    65: add r8, rbx
;;    68: cmp rsi, r8
;;    6b: jnb $+0xb
;;    71: movsd qword [rsi + 0x18], xmm1
;;    76: add rsi, 0x8
;;    7a: jmp $-0x14
;;    7c: mov rsp, rbp
;;    7f: pop rbp
;;    80: ret
;;    81: lea rax, qword [rbp]
;;    85: mov qword [r13 + 0x50], rax
;;    89: lea rax, qword [rip + 0x20]
;;    90: mov qword [r13 + 0x58], rax
;;    94: lea rax, qword [r13 + 0x50]
;;    98: mov qword [r13 + 0x60], rax
;;    9c: push r13
;;    9e: push 0x1d000000
;;    a3: call qword [r14 + 0x38]
;;    ab: lea rsp, qword [rsp + 0x10]
;;    b0: mov qword [r13 + 0x60], 0x0
;;    b8: jmp $-0x88
;;    bd: mov eax, 0x9
;;    c2: jmp $+0x2a
;;    c7: mov eax, 0x15
;;    cc: jmp $+0xa
;;    d1: mov eax, 0x16
;;    d6: jmp $+0x0
;;    db: mov ebx, eax
;;    dd: mov rdi, rbp
;;    e0: lea rsi, qword [rip - 0xc]
;;    e7: and rsp, -0x10
;;    eb: call qword [r14 + 0x30]
;;    ef: mov eax, ebx
;;    f1: mov rsp, qword [r13 + 0x8]
;;    f5: ret

;; ==== aarch64 ====
;; function 0 (228 bytes, calls [], stack maps [0x94: [16]])
;;     0: ldr w0, [sp, #0x8]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x7c
;;    24: ldr w16, [x28, #0x160]
;;    28: cbnz w16, $+0x38
;;    2c: str w0, [x29, #0x18]
;;    30: ldr x1, [x29, #0x10]
;;    34: cbz x1, $+0x70
;;    38: ldr w16, [x1, #0x10]
;;    3c: cmp w0, w16
;;    40: b.hs $+0x6c
;;    44: lsl x0, x0, #0x1
;;    48: add x0, x0, x1
;;    4c: ldrsh w0, [x0, #0x18]
;;    50: mov w0, w0
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov x17, #0x0
;;    64: add x15, x29, x17
;;    68: str x15, [x26, #0x50]
;;    6c: adr x15, $+0x28
;;    70: str x15, [x26, #0x58]
;;    74: mov x17, #0x50
;;    78: add x15, x26, x17
;;    7c: str x15, [x26, #0x60]
;;    80: mov w16, #0x1d000000
;;    84: stp x26, x16, [sp, #-0x10]!
;;    88: ldr x16, [x28, #0x38]
;;    8c: blr x16
;;    90: add sp, sp, #0x10
;;    94: str xzr, [x26, #0x60]
;;    98: b $-0x6c
;;    9c: mov w0, #0x9
;;    a0: b $+0x34
;;    a4: mov w0, #0x15
;;    a8: b $+0xc
;;    ac: mov w0, #0x16
;;    b0: b $+0x4
;;    b4: mov w19, w0
;;    b8: mov x0, x29
;;    bc: adr x1, $-0x8
;;    c0: mov x16, sp
;;    c4: and sp, x16, #0xfffffffffffffff0
;;    c8: ldr x17, [x28, #0x30]
;;    cc: blr x17
;;    d0: mov w0, w19
;;    d4: ldr x16, [x26, #0x8]
;;    d8: ldr x17, [x16]
;;    dc: add sp, x16, #0x10
;;    e0: br x17
;;
;; function 1 (228 bytes, calls [], stack maps [0x94: [16]])
;;     0: ldr w0, [sp, #0x8]
;;     4: ldr d0, [sp, #0x10]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x78
;;    28: ldr w16, [x28, #0x160]
;;    2c: cbnz w16, $+0x34
;;    30: str w0, [x29, #0x18]
;;    34: ldr x1, [x29, #0x10]
;;    38: cbz x1, $+0x6c
;;    3c: ldr w16, [x1, #0x10]
;;    40: cmp w0, w16
;;    44: b.hs $+0x68
;;    48: lsl x0, x0, #0x3
;;    4c: add x0, x0, x1
;;    50: str d0, [x0, #0x18]
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov x17, #0x0
;;    64: add x15, x29, x17
;;    68: str x15, [x26, #0x50]
;;    6c: adr x15, $+0x28
;;    70: str x15, [x26, #0x58]
;;    74: mov x17, #0x50
;;    78: add x15, x26, x17
;;    7c: str x15, [x26, #0x60]
;;    80: mov w16, #0x1d000000
;;    84: stp x26, x16, [sp, #-0x10]!
;;    88: ldr x16, [x28, #0x38]
;;    8c: blr x16
;;    90: add sp, sp, #0x10
;;    94: str xzr, [x26, #0x60]
;;    98: b $-0x68
;;    9c: mov w0, #0x9
;;    a0: b $+0x34
;;    a4: mov w0, #0x15
;;    a8: b $+0xc
;;    ac: mov w0, #0x16
;;    b0: b $+0x4
;;    b4: mov w19, w0
;;    b8: mov x0, x29
;;    bc: adr x1, $-0x8
;;    c0: mov x16, sp
;;    c4: and sp, x16, #0xfffffffffffffff0
;;    c8: ldr x17, [x28, #0x30]
;;    cc: blr x17
;;    d0: mov w0, w19
;;    d4: ldr x16, [x26, #0x8]
;;    d8: ldr x17, [x16]
;;    dc: add sp, x16, #0x10
;;    e0: br x17
;;
;; function 2 (192 bytes, calls [], stack maps [0x78: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x64
;;    20: ldr w16, [x28, #0x160]
;;    24: cbnz w16, $+0x20
;;    28: ldr x0, [x29, #0x10]
;;    2c: cbz x0, $+0x5c
;;    30: ldr w1, [x0, #0x10]
;;    34: mov w0, w1
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov x17, #0x0
;;    48: add x15, x29, x17
;;    4c: str x15, [x26, #0x50]
;;    50: adr x15, $+0x28
;;    54: str x15, [x26, #0x58]
;;    58: mov x17, #0x50
;;    5c: add x15, x26, x17
;;    60: str x15, [x26, #0x60]
;;    64: mov w16, #0x1d000000
;;    68: stp x26, x16, [sp, #-0x10]!
;;    6c: ldr x16, [x28, #0x38]
;;    70: blr x16
;;    74: add sp, sp, #0x10
;;    78: str xzr, [x26, #0x60]
;;    7c: b $-0x54
;;    80: mov w0, #0x9
;;    84: b $+0x2c
;;    88: mov w0, #0x15
;;    8c: b $+0x4
;;    90: mov w19, w0
;;    94: mov x0, x29
;;    98: adr x1, $-0x8
;;    9c: mov x16, sp
;;    a0: and sp, x16, #0xfffffffffffffff0
;;    a4: ldr x17, [x28, #0x30]
;;    a8: blr x17
;;    ac: mov w0, w19
;;    b0: ldr x16, [x26, #0x8]
;;    b4: ldr x17, [x16]
;;    b8: add sp, x16, #0x10
;;    bc: br x17
;;
;; function 3 (292 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0xc4
;;    24: ldr w16, [x28, #0x160]
;;    28: cbnz w16, $+0x80
;;    2c: stur w0, [x29, #-0x18]
;;    30: str w0, [x29, #0x10]
;;    34: ldur w2, [x29, #-0x18]
;;    38: mov w1, #0x0
;;    3c: mov x0, x28
;;    40: mov x17, #0x0
;;    44: add x15, x29, x17
;;    48: str x15, [x26, #0x50]
;;    4c: adr x15, $+0x20
;;    50: str x15, [x26, #0x58]
;;    54: mov x17, #0x50
;;    58: add x15, x26, x17
;;    5c: str x15, [x26, #0x60]
;;    60: ldr x3, [x28, #0x18]
;;    64: ldr x3, [x3, #0xb0]
;;    68: blr x3
;;    6c: str xzr, [x26, #0x60]
;;    70: cbz x0, $+0x7c
;;    74: mov w1, #0x7
;;    78: mov x2, x0
;;    7c: ldr w3, [x0, #0x10]
;;    80: lsl x3, x3, #0x1
;;    84: add x3, x3, x0
;;    88: cmp x2, x3
;;    8c: b.hs $+0x10
;;    90: strh w1, [x2, #0x18]
;;    94: add x2, x2, #0x2
;;    98: b $-0x10
;;    9c: mov sp, x29
;;    a0: ldp x29, x30, [sp], #0x10
;;    a4: ret
;;    a8: mov x17, #0x0
;;    ac: add x15, x29, x17
;;    b0: str x15, [x26, #0x50]
;;    b4: adr x15, $+0x28
;;    b8: str x15, [x26, #0x58]
;;    bc: mov x17, #0x50
;;    c0: add x15, x26, x17
;;    c4: str x15, [x26, #0x60]
;;    c8: mov w16, #0x1d000000
;;    cc: stp x26, x16, [sp, #-0x10]!
;;    d0: ldr x16, [x28, #0x38]
;;    d4: blr x16
;;    d8: add sp, sp, #0x10
;;    dc: str xzr, [x26, #0x60]
;;    e0: b $-0xb4
;;    e4: mov w0, #0x9
;;    e8: b $+0x2c
;;    ec: mov w0, #0x17
;;    f0: b $+0x4
;;    f4: mov w19, w0
;;    f8: mov x0, x29
;;    fc: adr x1, $-0x8
;;   100: mov x16, sp
;;   104: and sp, x16, #0xfffffffffffffff0
;;   108: ldr x17, [x28, #0x30]
;;   10c: blr x17
;;   110: mov w0, w19
;;   114: ldr x16, [x26, #0x8]
;;   118: ldr x17, [x16]
;;   11c: add sp, x16, #0x10
;;   120: br x17
;;
;; function 4 (268 bytes, calls [], stack maps [0xbc: [16]])
;;     0: ldr w0, [sp, #0x8]
;;     4: ldr d0, [sp, #0x10]
;;     8: ldr w1, [sp, #0x18]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x30
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x9c
;;    2c: ldr w16, [x28, #0x160]
;;    30: cbnz w16, $+0x58
;;    34: str w1, [x29, #0x28]
;;    38: str w0, [x29, #0x18]
;;    3c: ldr x2, [x29, #0x10]
;;    40: cbz x2, $+0x8c
;;    44: mov x3, x0
;;    48: add x3, x3, x1
;;    4c: ldr w1, [x2, #0x10]
;;    50: cmp x3, x1
;;    54: b.hi $+0x80
;;    58: lsl x0, x0, #0x3
;;    5c: add x0, x0, x2
;;    60: lsl x3, x3, #0x3
;;    64: add x3, x3, x2
;;    68: cmp x0, x3
;;    6c: b.hs $+0x10
;;    70: str d0, [x0, #0x18]
;;    74: add x0, x0, #0x8
;;    78: b $-0x10
;;    7c: mov sp, x29
;;    80: ldp x29, x30, [sp], #0x10
;;    84: ret
;;    88: mov x17, #0x0
;;    8c: add x15, x29, x17
;;    90: str x15, [x26, #0x50]
;;    94: adr x15, $+0x28
;;    98: str x15, [x26, #0x58]
;;    9c: mov x17, #0x50
;;    a0: add x15, x26, x17
;;    a4: str x15, [x26, #0x60]
;;    a8: mov w16, #0x1d000000
;;    ac: stp x26, x16, [sp, #-0x10]!
;;    b0: ldr x16, [x28, #0x38]
;;    b4: blr x16
;;    b8: add sp, sp, #0x10
;;    bc: str xzr, [x26, #0x60]
;;    c0: b $-0x8c
;;    c4: mov w0, #0x9
;;    c8: b $+0x34
;;    cc: mov w0, #0x15
;;    d0: b $+0xc
;;    d4: mov w0, #0x16
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
