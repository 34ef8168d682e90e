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
;; function 0 (220 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x94
;;    19: mov rbx, qword [r13 + 0x38]
;;    1d: lea rsi, qword [rbx + 0x20]
;;    21: cmp rsi, qword [r13 + 0x40]
;;    25: ja $+0x3b
;;    2b: mov qword [r13 + 0x38], rsi
;;    2f: mov esi, dword [r14 + 0x40]
;;    33: mov dword [rbx], esi
;;    35: mov dword [rbx + 0x4], 0x1
;;    3c: mov rsi, qword [r14 + 0x70]
;;    40: mov qword [rbx + 0x8], rsi
;;    44: movsd xmm1, qword [rbp + 0x18]
;;    49: movsd qword [rbx + 0x18], xmm1
;;    4e: mov esi, -0x1
;;    54: mov byte [rbx + 0x14], sil
;;    58: mov esi, dword [rbp + 0x10]
;;    5b: mov dword [rbx + 0x10], esi
;;    5e: mov rax, rbx
;;    61: mov rsp, rbp
;;    64: pop rbp
;;    65: ret
;;    66: lea rax, qword [rbp]
;;    6a: mov qword [r13 + 0x50], rax
;;    6e: lea rax, qword [rip + 0x20]
;;    75: mov qword [r13 + 0x58], rax
;;    79: lea rax, qword [r13 + 0x50]
;;    7d: mov qword [r13 + 0x60], rax
;;    81: push r13
;;    83: push 0x1c000020
;;    88: call qword [r14 + 0x38]
;;    90: lea rsp, qword [rsp + 0x10]
;;    95: mov qword [r13 + 0x60], 0x0
;;    9d: cmp qword [r13 + 0x40], 0x0
;;    a2: jz $+0xf
;;    a8: jmp $-0x94
;;    ad: mov eax, 0x9
;;    b2: jmp $+0x20
;;    b7: mov eax, 0x17
;;    bc: jmp $+0x0
;;    c1: mov ebx, eax
;;    c3: mov rdi, rbp
;;    c6: lea rsi, qword [rip - 0xc]
;;    cd: and rsp, -0x10
;;    d1: call qword [r14 + 0x30]
;;    d5: mov eax, ebx
;;    d7: mov rsp, qword [r13 + 0x8]
;;    db: ret
;;
;; function 1 (111 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x27
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x24
;;    26: mov esi, dword [rbx + 0x10]
;;    29: test rbx, rbx
;;    2c: jz $+0x18
;;    32: movsx edi, byte [rbx + 0x14]
;;    36: add esi, edi
;;    38: mov eax, esi
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov eax, 0x9
;;    45: jmp $+0x20
;;    4a: mov eax, 0x14
;;    4f: jmp $+0x0
;;    54: mov ebx, eax
;;    56: mov rdi, rbp
;;    59: lea rsi, qword [rip - 0xc]
;;    60: and rsp, -0x10
;;    64: call qword [r14 + 0x30]
;;    68: mov eax, ebx
;;    6a: mov rsp, qword [r13 + 0x8]
;;    6e: ret
;;
;; function 2 (97 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x19
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x16
;;    26: movzx esi, byte [rbx + 0x14]
;;    2a: mov eax, esi
;;    2d: mov rsp, rbp
;;    30: pop rbp
;;    31: ret
;;    32: mov eax, 0x9
;;    37: jmp $+0x20
;;    3c: mov eax, 0x14
;;    41: jmp $+0x0
;;    46: mov ebx, eax
;;    48: mov rdi, rbp
;;    4b: lea rsi, qword [rip - 0xc]
;;    52: and rsp, -0x10
;;    56: call qword [r14 + 0x30]
;;    5a: mov eax, ebx
;;    5c: mov rsp, qword [r13 + 0x8]
;;    60: ret
;;
;; function 3 (96 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x18
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov rsi, qword [rbp + 0x10]
;;    20: test rsi, rsi
;;    23: jz $+0x12
;;    29: mov byte [rsi + 0x14], bl
;;    2c: mov rsp, rbp
;;    2f: pop rbp
;;    30: ret
;;    31: mov eax, 0x9
;;    36: jmp $+0x20
;;    3b: mov eax, 0x14
;;    40: jmp $+0x0
;;    45: mov ebx, eax
;;    47: mov rdi, rbp
;;    4a: lea rsi, qword [rip - 0xc]
;;    51: and rsp, -0x10
;;    55: call qword [r14 + 0x30]
;;    59: mov eax, ebx
;;    5b: mov rsp, qword [r13 + 0x8]
;;    5f: ret

;; ==== aarch64 ====
;; function 0 (260 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xa8
;;    20: ldr x0, [x26, #0x38]
;;    24: mov x17, #0x20
;;    28: add x1, x0, x17
;;    2c: ldr x16, [x26, #0x40]
;;    30: cmp x1, x16
;;    34: b.hi $+0x48
;;    38: str x1, [x26, #0x38]
;;    3c: ldr w1, [x28, #0x40]
;;    40: str w1, [x0]
;;    44: mov w16, #0x1
;;    48: str w16, [x0, #0x4]
;;    4c: ldr x1, [x28, #0x70]
;;    50: str x1, [x0, #0x8]
;;    54: dmb ishst
;;    58: ldr d0, [x29, #0x18]
;;    5c: str d0, [x0, #0x18]
;;    60: mov w1, #0xffffffff
;;    64: strb w1, [x0, #0x14]
;;    68: ldr w1, [x29, #0x10]
;;    6c: str w1, [x0, #0x10]
;;    70: mov sp, x29
;;    74: ldp x29, x30, [sp], #0x10
;;    78: ret
;;    7c: mov x17, #0x0
;;    80: add x15, x29, x17
;;    84: str x15, [x26, #0x50]
;;    88: adr x15, $+0x2c
;;    8c: str x15, [x26, #0x58]
;;    90: mov x17, #0x50
;;    94: add x15, x26, x17
;;    98: str x15, [x26, #0x60]
;;    9c: mov w16, #0x20
;;    a0: movk w16, #0x1c00, lsl #16
;;    a4: stp x26, x16, [sp, #-0x10]!
;;    a8: ldr x16, [x28, #0x38]
;;    ac: blr x16
;;    b0: add sp, sp, #0x10
;;    b4: str xzr, [x26, #0x60]
;;    b8: ldr x16, [x26, #0x40]
;;    bc: cbz x16, $+0x10
;;    c0: b $-0xa0
;;    c4: mov w0, #0x9
;;    c8: b $+0x2c
;;    cc: mov w0, #0x17
;;    d0: b $+0x4
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
;; function 1 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x2c
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x2c
;;    28: ldr w1, [x0, #0x10]
;;    2c: cbz x0, $+0x24
;;    30: ldrsb w2, [x0, #0x14]
;;    34: add w1, w1, w2
;;    38: mov w0, w1
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x2c
;;    50: mov w0, #0x14
;;    54: b $+0x4
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
;;
;; function 2 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x20
;;    28: ldrb w1, [x0, #0x14]
;;    2c: mov w0, w1
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x2c
;;    44: mov w0, #0x14
;;    48: b $+0x4
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
;;
;; function 3 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr x1, [x29, #0x10]
;;    28: cbz x1, $+0x1c
;;    2c: strb w0, [x1, #0x14]
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x2c
;;    44: mov w0, #0x14
;;    48: b $+0x4
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
