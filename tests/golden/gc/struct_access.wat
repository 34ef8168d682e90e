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
;; function 0 (293 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: movsd xmm1, qword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x20
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0xd3
;;    23: cmp dword [r14 + 0x118], 0x0
;;    2b: jnz $+0x45
;;    31: mov rbx, qword [r13 + 0x38]
;;    35: lea rdi, qword [rbx + 0x20]
;;    39: cmp rdi, qword [r13 + 0x40]
;;    3d: ja $+0x6c
;;    43: mov qword [r13 + 0x38], rdi
;;    47: mov edi, dword [r14 + 0x40]
;;    4b: mov dword [rbx], edi
;;    4d: mov dword [rbx + 0x4], 0x1
;;    54: mov rdi, qword [r14 + 0x70]
;;    58: mov qword [rbx + 0x8], rdi
;;    5c: movsd qword [rbx + 0x18], xmm1
;;    61: mov edi, -0x1
;;    67: mov byte [rbx + 0x14], dil
;;    6b: mov dword [rbx + 0x10], esi
;;    6e: mov rax, rbx
;;    71: mov rsp, rbp
;;    74: pop rbp
;;    75: ret
;;    76: lea rax, qword [rbp]
;;    7a: mov qword [r13 + 0x50], rax
;;    7e: lea rax, qword [rip + 0x20]
;;    85: mov qword [r13 + 0x58], rax
;;    89: lea rax, qword [r13 + 0x50]
;;    8d: mov qword [r13 + 0x60], rax
;;    91: push r13
;;    93: push 0x1d000000
;;    98: call qword [r14 + 0x38]
;;    a0: lea rsp, qword [rsp + 0x10]
;;    a5: mov qword [r13 + 0x60], 0x0
;;    ad: jmp $-0x7e
;;    af: lea rax, qword [rbp]
;;    b3: mov qword [r13 + 0x50], rax
;;    b7: lea rax, qword [rip + 0x20]
;;    be: mov qword [r13 + 0x58], rax
;;    c2: lea rax, qword [r13 + 0x50]
;;    c6: mov qword [r13 + 0x60], rax
;;    ca: push r13
;;    cc: push 0x1c000020
;;    d1: call qword [r14 + 0x38]
;;    d9: lea rsp, qword [rsp + 0x10]
;;    de: mov qword [r13 + 0x60], 0x0
;;    e6: cmp qword [r13 + 0x40], 0x0
;;    eb: jz $+0xf
;;    f1: jmp $-0xc5
;;    f6: mov eax, 0x9
;;    fb: jmp $+0x20
;;   100: mov eax, 0x17
;;   105: jmp $+0x0
;;   10a: mov ebx, eax
;;   10c: mov rdi, rbp
;;   10f: lea rsi, qword [rip - 0xc]
;;   116: and rsp, -0x10
;;   11a: call qword [r14 + 0x30]
;;   11e: mov eax, ebx
;;   120: mov rsp, qword [r13 + 0x8]
;;   124: ret
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
;; function 3 (169 bytes, calls [], stack maps [0x70: [16]])
;;     0: mov esi, dword [rsp + 0x10]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x5d
;;    1d: cmp dword [r14 + 0x118], 0x0
;;    25: jnz $+0x16
;;    2b: mov rbx, qword [rbp + 0x10]
;;    2f: test rbx, rbx
;;    32: jz $+0x4c
;;    38: mov byte [rbx + 0x14], sil
;;    3c: mov rsp, rbp
;;    3f: pop rbp
;;    40: ret
;;    41: lea rax, qword [rbp]
;;    45: mov qword [r13 + 0x50], rax
;;    49: lea rax, qword [rip + 0x20]
;;    50: mov qword [r13 + 0x58], rax
;;    54: lea rax, qword [r13 + 0x50]
;;    58: mov qword [r13 + 0x60], rax
;;    5c: push r13
;;    5e: push 0x1d000000
;;    63: call qword [r14 + 0x38]
;;    6b: lea rsp, qword [rsp + 0x10]
;;    70: mov qword [r13 + 0x60], 0x0
;;    78: jmp $-0x4f
;;    7a: mov eax, 0x9
;;    7f: jmp $+0x20
;;    84: mov eax, 0x14
;;    89: jmp $+0x0
;;    8e: mov ebx, eax
;;    90: mov rdi, rbp
;;    93: lea rsi, qword [rip - 0xc]
;;    9a: and rsp, -0x10
;;    9e: call qword [r14 + 0x30]
;;    a2: mov eax, ebx
;;    a4: mov rsp, qword [r13 + 0x8]
;;    a8: ret

;; ==== aarch64 ====
;; function 0 (332 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr d0, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0xe8
;;    28: ldr w16, [x28, #0x118]
;;    2c: cbnz w16, $+0x5c
;;    30: ldr x1, [x26, #0x38]
;;    34: mov x17, #0x20
;;    38: add x2, x1, x17
;;    3c: ldr x16, [x26, #0x40]
;;    40: cmp x2, x16
;;    44: b.hi $+0x80
;;    48: str x2, [x26, #0x38]
;;    4c: ldr w2, [x28, #0x40]
;;    50: str w2, [x1]
;;    54: mov w16, #0x1
;;    58: str w16, [x1, #0x4]
;;    5c: ldr x2, [x28, #0x70]
;;    60: str x2, [x1, #0x8]
;;    64: dmb ishst
;;    68: str d0, [x1, #0x18]
;;    6c: mov w2, #0xffffffff
;;    70: strb w2, [x1, #0x14]
;;    74: str w0, [x1, #0x10]
;;    78: mov x0, x1
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
;;    c0: b $-0x90
;;    c4: mov x17, #0x0
;;    c8: add x15, x29, x17
;;    cc: str x15, [x26, #0x50]
;;    d0: adr x15, $+0x2c
;;    d4: str x15, [x26, #0x58]
;;    d8: mov x17, #0x50
;;    dc: add x15, x26, x17
;;    e0: str x15, [x26, #0x60]
;;    e4: mov w16, #0x20
;;    e8: movk w16, #0x1c00, lsl #16
;;    ec: stp x26, x16, [sp, #-0x10]!
;;    f0: ldr x16, [x28, #0x38]
;;    f4: blr x16
;;    f8: add sp, sp, #0x10
;;    fc: str xzr, [x26, #0x60]
;;   100: ldr x16, [x26, #0x40]
;;   104: cbz x16, $+0x10
;;   108: b $-0xd8
;;   10c: mov w0, #0x9
;;   110: b $+0x2c
;;   114: mov w0, #0x17
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
;;     0: ldr w0, [sp, #0x8]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x60
;;    24: ldr w16, [x28, #0x118]
;;    28: cbnz w16, $+0x1c
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
;;    7c: b $-0x50
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
