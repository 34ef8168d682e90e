;;! gc
;; struct.new calls the allocation builtin with the field values left on the stack, traps
;; when it answers null, and stores each field at its offset (the header is 16 bytes);
;; struct.get null-checks and loads the field's width, extending a packed one as get_s
;; or get_u says; struct.set null-checks and stores the field's width.
(module
  (type $p (struct (field $x (mut i32)) (field $b (mut i8)) (field $d f64)))
  (func (export "new") (param i32 f64) (result (ref $p))
    (struct.new $p (local.get 0) (i32.const -1) (local.get 1)))
  (func (export "get") (param (ref null $p)) (result i32)
    (i32.add (struct.get $p $x (local.get 0)) (struct.get_s $p $b (local.get 0))))
  (func (export "get_u") (param (ref null $p)) (result i32) (struct.get_u $p $b (local.get 0)))
  (func (export "set") (param (ref null $p) i32) (struct.set $p $b (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (294 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xde
;;    19: cmp dword [r14 + 0x118], 0x0
;;    21: jnz $+0x4d
;;    27: mov rbx, qword [r13 + 0x38]
;;    2b: lea rsi, qword [rbx + 0x20]
;;    2f: cmp rsi, qword [r13 + 0x40]
;;    33: ja $+0x77
;;    39: mov qword [r13 + 0x38], rsi
;;    3d: mov esi, dword [r14 + 0x40]
;;    41: mov dword [rbx], esi
;;    43: mov dword [rbx + 0x4], 0x1
;;    4a: mov rsi, qword [r14 + 0x70]
;;    4e: mov qword [rbx + 0x8], rsi
;;    52: movsd xmm1, qword [rbp + 0x18]
;;    57: movsd qword [rbx + 0x18], xmm1
;;    5c: mov esi, -0x1
;;    62: mov byte [rbx + 0x14], sil
;;    66: mov esi, dword [rbp + 0x10]
;;    69: mov dword [rbx + 0x10], esi
;;    6c: mov rax, rbx
;;    6f: mov rsp, rbp
;;    72: pop rbp
;;    73: ret
;;    74: lea rax, qword [rbp]
;;    78: mov qword [r13 + 0x50], rax
;;    7c: lea rax, qword [rip + 0x20]
;;    83: mov qword [r13 + 0x58], rax
;;    87: lea rax, qword [r13 + 0x50]
;;    8b: mov qword [r13 + 0x60], rax
;;    8f: push r13
;;    91: push 0x1d000000
;;    96: call qword [r14 + 0x38]
;;    9e: lea rsp, qword [rsp + 0x10]
;;    a3: mov qword [r13 + 0x60], 0x0
;;    ab: jmp $-0x89
;;    b0: lea rax, qword [rbp]
;;    b4: mov qword [r13 + 0x50], rax
;;    b8: lea rax, qword [rip + 0x20]
;;    bf: mov qword [r13 + 0x58], rax
;;    c3: lea rax, qword [r13 + 0x50]
;;    c7: mov qword [r13 + 0x60], rax
;;    cb: push r13
;;    cd: push 0x1c000020
;;    d2: call qword [r14 + 0x38]
;;    da: lea rsp, qword [rsp + 0x10]
;;    df: mov qword [r13 + 0x60], 0x0
;;    e7: cmp qword [r13 + 0x40], 0x0
;;    ec: jz $+0xf
;;    f2: jmp $-0xd0
;;    f7: mov eax, 0x9
;;    fc: jmp $+0x20
;;   101: mov eax, 0x17
;;   106: jmp $+0x0
;;   10b: mov ebx, eax
;;   10d: mov rdi, rbp
;;   110: lea rsi, qword [rip - 0xc]
;;   117: and rsp, -0x10
;;   11b: call qword [r14 + 0x30]
;;   11f: mov eax, ebx
;;   121: mov rsp, qword [r13 + 0x8]
;;   125: ret
;;
;; function 1 (182 bytes, calls [], stack maps [0x7d: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x6e
;;    19: cmp dword [r14 + 0x118], 0x0
;;    21: jnz $+0x27
;;    27: mov rbx, qword [rbp + 0x10]
;;    2b: test rbx, rbx
;;    2e: jz $+0x5d
;;    34: mov esi, dword [rbx + 0x10]
;;    37: test rbx, rbx
;;    3a: jz $+0x51
;;    40: movsx edi, byte [rbx + 0x14]
;;    44: add esi, edi
;;    46: mov eax, esi
;;    49: mov rsp, rbp
;;    4c: pop rbp
;;    4d: ret
;;    4e: lea rax, qword [rbp]
;;    52: mov qword [r13 + 0x50], rax
;;    56: lea rax, qword [rip + 0x20]
;;    5d: mov qword [r13 + 0x58], rax
;;    61: lea rax, qword [r13 + 0x50]
;;    65: mov qword [r13 + 0x60], rax
;;    69: push r13
;;    6b: push 0x1d000000
;;    70: call qword [r14 + 0x38]
;;    78: lea rsp, qword [rsp + 0x10]
;;    7d: mov qword [r13 + 0x60], 0x0
;;    85: jmp $-0x60
;;    87: mov eax, 0x9
;;    8c: jmp $+0x20
;;    91: mov eax, 0x14
;;    96: jmp $+0x0
;;    9b: mov ebx, eax
;;    9d: mov rdi, rbp
;;    a0: lea rsi, qword [rip - 0xc]
;;    a7: and rsp, -0x10
;;    ab: call qword [r14 + 0x30]
;;    af: mov eax, ebx
;;    b1: mov rsp, qword [r13 + 0x8]
;;    b5: ret
;;
;; function 2 (168 bytes, calls [], stack maps [0x6f: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x60
;;    19: cmp dword [r14 + 0x118], 0x0
;;    21: jnz $+0x19
;;    27: mov rbx, qword [rbp + 0x10]
;;    2b: test rbx, rbx
;;    2e: jz $+0x4f
;;    34: movzx esi, byte [rbx + 0x14]
;;    38: mov eax, esi
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: lea rax, qword [rbp]
;;    44: mov qword [r13 + 0x50], rax
;;    48: lea rax, qword [rip + 0x20]
;;    4f: mov qword [r13 + 0x58], rax
;;    53: lea rax, qword [r13 + 0x50]
;;    57: mov qword [r13 + 0x60], rax
;;    5b: push r13
;;    5d: push 0x1d000000
;;    62: call qword [r14 + 0x38]
;;    6a: lea rsp, qword [rsp + 0x10]
;;    6f: mov qword [r13 + 0x60], 0x0
;;    77: jmp $-0x52
;;    79: mov eax, 0x9
;;    7e: jmp $+0x20
;;    83: mov eax, 0x14
;;    88: jmp $+0x0
;;    8d: mov ebx, eax
;;    8f: mov rdi, rbp
;;    92: lea rsi, qword [rip - 0xc]
;;    99: and rsp, -0x10
;;    9d: call qword [r14 + 0x30]
;;    a1: mov eax, ebx
;;    a3: mov rsp, qword [r13 + 0x8]
;;    a7: ret
;;
;; function 3 (167 bytes, calls [], stack maps [0x6e: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5f
;;    19: cmp dword [r14 + 0x118], 0x0
;;    21: jnz $+0x18
;;    27: mov ebx, dword [rbp + 0x18]
;;    2a: mov rsi, qword [rbp + 0x10]
;;    2e: test rsi, rsi
;;    31: jz $+0x4b
;;    37: mov byte [rsi + 0x14], bl
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
;;    82: mov eax, 0x14
;;    87: jmp $+0x0
;;    8c: mov ebx, eax
;;    8e: mov rdi, rbp
;;    91: lea rsi, qword [rip - 0xc]
;;    98: and rsp, -0x10
;;    9c: call qword [r14 + 0x30]
;;    a0: mov eax, ebx
;;    a2: mov rsp, qword [r13 + 0x8]
;;    a6: ret

;; ==== aarch64 ====
;; function 0 (328 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xec
;;    20: ldr w16, [x28, #0x118]
;;    24: cbnz w16, $+0x60
;;    28: ldr x0, [x26, #0x38]
;;    2c: mov x17, #0x20
;;    30: add x1, x0, x17
;;    34: ldr x16, [x26, #0x40]
;;    38: cmp x1, x16
;;    3c: b.hi $+0x84
;;    40: str x1, [x26, #0x38]
;;    44: ldr w1, [x28, #0x40]
;;    48: str w1, [x0]
;;    4c: mov w16, #0x1
;;    50: str w16, [x0, #0x4]
;;    54: ldr x1, [x28, #0x70]
;;    58: str x1, [x0, #0x8]
;;    5c: dmb ishst
;;    60: ldr d0, [x29, #0x18]
;;    64: str d0, [x0, #0x18]
;;    68: mov w1, #0xffffffff
;;    6c: strb w1, [x0, #0x14]
;;    70: ldr w1, [x29, #0x10]
;;    74: str w1, [x0, #0x10]
;;    78: mov sp, x29
;;    7c: ldp x29, x30, [sp], #0x10
;;    80: ret
;;    84: mov x17, #0x0
;;    88: add x15, x29, x17
;;    8c: str x15, [x26, #0x50]
;;    90: adr x15, $+0x28
;;    94: str x15, [x26, #0x58]
;;    98: mov x17, #0x50
;;    9c: add x15, x26, x17
;;    a0: str x15, [x26, #0x60]
;;    a4: mov w16, #0x1d000000
;;    a8: stp x26, x16, [sp, #-0x10]!
;;    ac: ldr x16, [x28, #0x38]
;;    b0: blr x16
;;    b4: add sp, sp, #0x10
;;    b8: str xzr, [x26, #0x60]
;;    bc: b $-0x94
;;    c0: mov x17, #0x0
;;    c4: add x15, x29, x17
;;    c8: str x15, [x26, #0x50]
;;    cc: adr x15, $+0x2c
;;    d0: str x15, [x26, #0x58]
;;    d4: mov x17, #0x50
;;    d8: add x15, x26, x17
;;    dc: str x15, [x26, #0x60]
;;    e0: mov w16, #0x20
;;    e4: movk w16, #0x1c00, lsl #16
;;    e8: stp x26, x16, [sp, #-0x10]!
;;    ec: ldr x16, [x28, #0x38]
;;    f0: blr x16
;;    f4: add sp, sp, #0x10
;;    f8: str xzr, [x26, #0x60]
;;    fc: ldr x16, [x26, #0x40]
;;   100: cbz x16, $+0x10
;;   104: b $-0xdc
;;   108: mov w0, #0x9
;;   10c: b $+0x2c
;;   110: mov w0, #0x17
;;   114: b $+0x4
;;   118: mov w19, w0
;;   11c: mov x0, x29
;;   120: adr x1, $-0x8
;;   124: mov x16, sp
;;   128: and sp, x16, #0xfffffffffffffff0
;;   12c: ldr x17, [x28, #0x30]
;;   130: blr x17
;;   134: mov w0, w19
;;   138: ldr x16, [x26, #0x8]
;;   13c: ldr x17, [x16]
;;   140: add sp, x16, #0x10
;;   144: br x17
;;
;; function 1 (204 bytes, calls [], stack maps [0x84: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x70
;;    20: ldr w16, [x28, #0x118]
;;    24: cbnz w16, $+0x2c
;;    28: ldr x0, [x29, #0x10]
;;    2c: cbz x0, $+0x68
;;    30: ldr w1, [x0, #0x10]
;;    34: cbz x0, $+0x60
;;    38: ldrsb w2, [x0, #0x14]
;;    3c: add w1, w1, w2
;;    40: mov w0, w1
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov x17, #0x0
;;    54: add x15, x29, x17
;;    58: str x15, [x26, #0x50]
;;    5c: adr x15, $+0x28
;;    60: str x15, [x26, #0x58]
;;    64: mov x17, #0x50
;;    68: add x15, x26, x17
;;    6c: str x15, [x26, #0x60]
;;    70: mov w16, #0x1d000000
;;    74: stp x26, x16, [sp, #-0x10]!
;;    78: ldr x16, [x28, #0x38]
;;    7c: blr x16
;;    80: add sp, sp, #0x10
;;    84: str xzr, [x26, #0x60]
;;    88: b $-0x60
;;    8c: mov w0, #0x9
;;    90: b $+0x2c
;;    94: mov w0, #0x14
;;    98: b $+0x4
;;    9c: mov w19, w0
;;    a0: mov x0, x29
;;    a4: adr x1, $-0x8
;;    a8: mov x16, sp
;;    ac: and sp, x16, #0xfffffffffffffff0
;;    b0: ldr x17, [x28, #0x30]
;;    b4: blr x17
;;    b8: mov w0, w19
;;    bc: ldr x16, [x26, #0x8]
;;    c0: ldr x17, [x16]
;;    c4: add sp, x16, #0x10
;;    c8: br x17
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
;;    20: ldr w16, [x28, #0x118]
;;    24: cbnz w16, $+0x20
;;    28: ldr x0, [x29, #0x10]
;;    2c: cbz x0, $+0x5c
;;    30: ldrb w1, [x0, #0x14]
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
;;    88: mov w0, #0x14
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
;; function 3 (192 bytes, calls [], stack maps [0x78: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x64
;;    20: ldr w16, [x28, #0x118]
;;    24: cbnz w16, $+0x20
;;    28: ldr w0, [x29, #0x18]
;;    2c: ldr x1, [x29, #0x10]
;;    30: cbz x1, $+0x58
;;    34: strb w0, [x1, #0x14]
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
;;    88: mov w0, #0x14
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
