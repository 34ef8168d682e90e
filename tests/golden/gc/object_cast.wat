;;! gc
;; Casts to GC objects test the low two bits first (an i31 or a host value is no
;; object), then the header: its kind for struct and array, its type id for a concrete
;; type, and for a type open to subtyping its supertype display at the type's depth.
;; array.copy is a builtin answering 0 or a trap code, compared with each code it may be.
(module
  (type $base (sub (struct (field i32))))
  (type $leaf (sub final $base (struct (field i32) (field i64))))
  (type $arr (array (mut i8)))
  (func (export "is_struct") (param anyref) (result i32) (ref.test (ref struct) (local.get 0)))
  (func (export "is_base") (param anyref) (result i32) (ref.test (ref $base) (local.get 0)))
  (func (export "to_leaf") (param anyref) (result (ref $leaf)) (ref.cast (ref $leaf) (local.get 0)))
  (func (export "copy") (param (ref null $arr) (ref null $arr))
    (array.copy $arr $arr (local.get 0) (i32.const 1) (local.get 1) (i32.const 2) (i32.const 3))))

;; ==== x64 ====
;; function 0 (204 bytes, calls [], stack maps [0x9d: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x8e
;;    19: cmp dword [r14 + 0x130], 0x0
;;    21: jnz $+0x47
;;    27: mov rbx, qword [rbp + 0x10]
;;    2b: test rbx, rbx
;;    2e: jz $+0x24
;;    34: test ebx, 0x3
;;    3b: jnz $+0x17
;;    41: mov edi, dword [rbx + 0x4]
;;    44: cmp edi, 0x1
;;    47: jnz $+0xb
;;    4d: mov esi, 0x1
;;    53: jmp $+0x3
;;    58: xor esi, esi
;;    5b: test rsi, rsi
;;    5e: setnz sil
;;    62: movzx esi, sil
;;    66: mov eax, esi
;;    69: mov rsp, rbp
;;    6c: pop rbp
;;    6d: ret
;;    6e: lea rax, qword [rbp]
;;    72: mov qword [r13 + 0x50], rax
;;    76: lea rax, qword [rip + 0x20]
;;    7d: mov qword [r13 + 0x58], rax
;;    81: lea rax, qword [r13 + 0x50]
;;    85: mov qword [r13 + 0x60], rax
;;    89: push r13
;;    8b: push 0x1d000000
;;    90: call qword [r14 + 0x38]
;;    98: lea rsp, qword [rsp + 0x10]
;;    9d: mov qword [r13 + 0x60], 0x0
;;    a5: jmp $-0x80
;;    a7: mov eax, 0x9
;;    ac: jmp $+0x16
;;    b1: mov ebx, eax
;;    b3: mov rdi, rbp
;;    b6: lea rsi, qword [rip - 0xc]
;;    bd: and rsp, -0x10
;;    c1: call qword [r14 + 0x30]
;;    c5: mov eax, ebx
;;    c7: mov rsp, qword [r13 + 0x8]
;;    cb: ret
;;
;; function 1 (234 bytes, calls [], stack maps [0xb8: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xac
;;    19: cmp dword [r14 + 0x130], 0x0
;;    21: jnz $+0x62
;;    27: mov rbx, qword [rbp + 0x10]
;;    2b: test rbx, rbx
;;    2e: jz $+0x3f
;;    34: test ebx, 0x3
;;    3b: jnz $+0x32
;;    41: mov edi, dword [r14 + 0x40]
;;    45: cmp edi, dword [rbx]
;;    47: jz $+0x1b
;;    4d: mov r8, qword [rbx + 0x8]
;;    51: mov esi, dword [r8]
;;    54: test esi, esi
;;    56: jna $+0x17
;;    5c: mov esi, dword [r8 + 0x4]
;;    60: cmp esi, edi
;;    62: jnz $+0xb
;;    68: mov esi, 0x1
;;    6e: jmp $+0x3
;;    73: xor esi, esi
;;    76: test rsi, rsi
;;    79: setnz sil
;;    7d: movzx esi, sil
;;    81: mov eax, esi
;;    84: mov rsp, rbp
;;    87: pop rbp
;;    88: ret
;;    89: lea rax, qword [rbp]
;;    8d: mov qword [r13 + 0x50], rax
;;    91: lea rax, qword [rip + 0x20]
;;    98: mov qword [r13 + 0x58], rax
;;    9c: lea rax, qword [r13 + 0x50]
;;    a0: mov qword [r13 + 0x60], rax
;;    a4: push r13
;;    a6: push 0x1d000000
;;    ab: call qword [r14 + 0x38]
;;    b3: lea rsp, qword [rsp + 0x10]
;;    b8: mov qword [r13 + 0x60], 0x0
;;    c0: jmp $-0x9e
;;    c5: mov eax, 0x9
;;    ca: jmp $+0x16
;;    cf: mov ebx, eax
;;    d1: mov rdi, rbp
;;    d4: lea rsi, qword [rip - 0xc]
;;    db: and rsp, -0x10
;;    df: call qword [r14 + 0x30]
;;    e3: mov eax, ebx
;;    e5: mov rsp, qword [r13 + 0x8]
;;    e9: ret
;;
;; function 2 (212 bytes, calls [], stack maps [0x9b: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x8c
;;    19: cmp dword [r14 + 0x130], 0x0
;;    21: jnz $+0x45
;;    27: mov rbx, qword [rbp + 0x10]
;;    2b: test rbx, rbx
;;    2e: jz $+0x24
;;    34: test ebx, 0x3
;;    3b: jnz $+0x17
;;    41: mov edi, dword [r14 + 0x44]
;;    45: cmp edi, dword [rbx]
;;    47: jnz $+0xb
;;    4d: mov esi, 0x1
;;    53: jmp $+0x3
;;    58: xor esi, esi
;;    5b: test rsi, rsi
;;    5e: jz $+0x4b
;;    64: mov rax, rbx
;;    67: mov rsp, rbp
;;    6a: pop rbp
;;    6b: ret
;;    6c: lea rax, qword [rbp]
;;    70: mov qword [r13 + 0x50], rax
;;    74: lea rax, qword [rip + 0x20]
;;    7b: mov qword [r13 + 0x58], rax
;;    7f: lea rax, qword [r13 + 0x50]
;;    83: mov qword [r13 + 0x60], rax
;;    87: push r13
;;    89: push 0x1d000000
;;    8e: call qword [r14 + 0x38]
;;    96: lea rsp, qword [rsp + 0x10]
;;    9b: mov qword [r13 + 0x60], 0x0
;;    a3: jmp $-0x7e
;;    a5: mov eax, 0x9
;;    aa: jmp $+0x20
;;    af: mov eax, 0x13
;;    b4: jmp $+0x0
;;    b9: mov ebx, eax
;;    bb: mov rdi, rbp
;;    be: lea rsi, qword [rip - 0xc]
;;    c5: and rsp, -0x10
;;    c9: call qword [r14 + 0x30]
;;    cd: mov eax, ebx
;;    cf: mov rsp, qword [r13 + 0x8]
;;    d3: ret
;;
;; function 3 (238 bytes, calls [], stack maps [0xa8: [16, 24]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x9c
;;    19: cmp dword [r14 + 0x130], 0x0
;;    21: jnz $+0x52
;;    27: mov rax, qword [rbp + 0x10]
;;    2b: mov qword [rbp - 0x10], rax
;;    2f: mov rax, qword [rbp + 0x18]
;;    33: mov qword [rbp - 0x20], rax
;;    37: mov rsi, qword [rbp - 0x10]
;;    3b: mov edx, 0x1
;;    41: mov rcx, qword [rbp - 0x20]
;;    45: mov r8d, 0x2
;;    4b: mov r9d, 0x3
;;    51: mov rdi, r14
;;    54: mov rbx, qword [r14 + 0x18]
;;    58: mov rbx, qword [rbx + 0xc8]
;;    5f: call rbx
;;    62: cmp eax, 0x15
;;    65: jz $+0x54
;;    6b: cmp eax, 0x16
;;    6e: jz $+0x55
;;    74: mov rsp, rbp
;;    77: pop rbp
;;    78: ret
;;    79: lea rax, qword [rbp]
;;    7d: mov qword [r13 + 0x50], rax
;;    81: lea rax, qword [rip + 0x20]
;;    88: mov qword [r13 + 0x58], rax
;;    8c: lea rax, qword [r13 + 0x50]
;;    90: mov qword [r13 + 0x60], rax
;;    94: push r13
;;    96: push 0x1d000000
;;    9b: call qword [r14 + 0x38]
;;    a3: lea rsp, qword [rsp + 0x10]
;;    a8: mov qword [r13 + 0x60], 0x0
;;    b0: jmp $-0x8e
;;    b5: mov eax, 0x9
;;    ba: jmp $+0x2a
;;    bf: mov eax, 0x15
;;    c4: jmp $+0xa
;;    c9: mov eax, 0x16
;;    ce: jmp $+0x0
;;    d3: mov ebx, eax
;;    d5: mov rdi, rbp
;;    d8: lea rsi, qword [rip - 0xc]
;;    df: and rsp, -0x10
;;    e3: call qword [r14 + 0x30]
;;    e7: mov eax, ebx
;;    e9: mov rsp, qword [r13 + 0x8]
;;    ed: ret

;; ==== aarch64 ====
;; function 0 (220 bytes, calls [], stack maps [0x9c: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x88
;;    20: ldr w16, [x28, #0x130]
;;    24: cbnz w16, $+0x44
;;    28: ldr x0, [x29, #0x10]
;;    2c: cbz x0, $+0x20
;;    30: tst w0, #0x3
;;    34: b.ne $+0x18
;;    38: ldr w2, [x0, #0x4]
;;    3c: cmp w2, #0x1
;;    40: b.ne $+0xc
;;    44: mov w1, #0x1
;;    48: b $+0x8
;;    4c: mov w1, #0x0
;;    50: cmp x1, #0x0
;;    54: cset w1, ne
;;    58: mov w0, w1
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov x17, #0x0
;;    6c: add x15, x29, x17
;;    70: str x15, [x26, #0x50]
;;    74: adr x15, $+0x28
;;    78: str x15, [x26, #0x58]
;;    7c: mov x17, #0x50
;;    80: add x15, x26, x17
;;    84: str x15, [x26, #0x60]
;;    88: mov w16, #0x1d000000
;;    8c: stp x26, x16, [sp, #-0x10]!
;;    90: ldr x16, [x28, #0x38]
;;    94: blr x16
;;    98: add sp, sp, #0x10
;;    9c: str xzr, [x26, #0x60]
;;    a0: b $-0x78
;;    a4: mov w0, #0x9
;;    a8: b $+0x24
;;    ac: mov w19, w0
;;    b0: mov x0, x29
;;    b4: adr x1, $-0x8
;;    b8: mov x16, sp
;;    bc: and sp, x16, #0xfffffffffffffff0
;;    c0: ldr x17, [x28, #0x30]
;;    c4: blr x17
;;    c8: mov w0, w19
;;    cc: ldr x16, [x26, #0x8]
;;    d0: ldr x17, [x16]
;;    d4: add sp, x16, #0x10
;;    d8: br x17
;;
;; function 1 (252 bytes, calls [], stack maps [0xbc: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xa8
;;    20: ldr w16, [x28, #0x130]
;;    24: cbnz w16, $+0x64
;;    28: ldr x0, [x29, #0x10]
;;    2c: cbz x0, $+0x40
;;    30: tst w0, #0x3
;;    34: b.ne $+0x38
;;    38: ldr w2, [x28, #0x40]
;;    3c: ldr w16, [x0]
;;    40: cmp w2, w16
;;    44: b.eq $+0x20
;;    48: ldr x3, [x0, #0x8]
;;    4c: ldr w1, [x3]
;;    50: cmp w1, #0x0
;;    54: b.ls $+0x18
;;    58: ldr w1, [x3, #0x4]
;;    5c: cmp w1, w2
;;    60: b.ne $+0xc
;;    64: mov w1, #0x1
;;    68: b $+0x8
;;    6c: mov w1, #0x0
;;    70: cmp x1, #0x0
;;    74: cset w1, ne
;;    78: mov w0, w1
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
;;    c0: b $-0x98
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
;;
;; function 2 (228 bytes, calls [], stack maps [0x9c: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x88
;;    20: ldr w16, [x28, #0x130]
;;    24: cbnz w16, $+0x44
;;    28: ldr x0, [x29, #0x10]
;;    2c: cbz x0, $+0x24
;;    30: tst w0, #0x3
;;    34: b.ne $+0x1c
;;    38: ldr w2, [x28, #0x44]
;;    3c: ldr w16, [x0]
;;    40: cmp w2, w16
;;    44: b.ne $+0xc
;;    48: mov w1, #0x1
;;    4c: b $+0x8
;;    50: mov w1, #0x0
;;    54: cmp x1, #0x0
;;    58: b.eq $+0x54
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov x17, #0x0
;;    6c: add x15, x29, x17
;;    70: str x15, [x26, #0x50]
;;    74: adr x15, $+0x28
;;    78: str x15, [x26, #0x58]
;;    7c: mov x17, #0x50
;;    80: add x15, x26, x17
;;    84: str x15, [x26, #0x60]
;;    88: mov w16, #0x1d000000
;;    8c: stp x26, x16, [sp, #-0x10]!
;;    90: ldr x16, [x28, #0x38]
;;    94: blr x16
;;    98: add sp, sp, #0x10
;;    9c: str xzr, [x26, #0x60]
;;    a0: b $-0x78
;;    a4: mov w0, #0x9
;;    a8: b $+0x2c
;;    ac: mov w0, #0x13
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
;; function 3 (252 bytes, calls [], stack maps [0xac: [16, 24]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x98
;;    20: ldr w16, [x28, #0x130]
;;    24: cbnz w16, $+0x54
;;    28: ldr x16, [x29, #0x10]
;;    2c: stur x16, [x29, #-0x10]
;;    30: ldr x16, [x29, #0x18]
;;    34: stur x16, [x29, #-0x20]
;;    38: ldur x1, [x29, #-0x10]
;;    3c: mov w2, #0x1
;;    40: ldur x3, [x29, #-0x20]
;;    44: mov w4, #0x2
;;    48: mov w5, #0x3
;;    4c: mov x0, x28
;;    50: ldr x6, [x28, #0x18]
;;    54: ldr x6, [x6, #0xc8]
;;    58: blr x6
;;    5c: cmp w0, #0x15
;;    60: b.eq $+0x5c
;;    64: cmp w0, #0x16
;;    68: b.eq $+0x5c
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: mov x17, #0x0
;;    7c: add x15, x29, x17
;;    80: str x15, [x26, #0x50]
;;    84: adr x15, $+0x28
;;    88: str x15, [x26, #0x58]
;;    8c: mov x17, #0x50
;;    90: add x15, x26, x17
;;    94: str x15, [x26, #0x60]
;;    98: mov w16, #0x1d000000
;;    9c: stp x26, x16, [sp, #-0x10]!
;;    a0: ldr x16, [x28, #0x38]
;;    a4: blr x16
;;    a8: add sp, sp, #0x10
;;    ac: str xzr, [x26, #0x60]
;;    b0: b $-0x88
;;    b4: mov w0, #0x9
;;    b8: b $+0x34
;;    bc: mov w0, #0x15
;;    c0: b $+0xc
;;    c4: mov w0, #0x16
;;    c8: b $+0x4
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
