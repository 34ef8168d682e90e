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
;; function 0 (197 bytes, calls [], stack maps [0x82: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x73
;;    19: cmp dword [r14 + 0x160], 0x0
;;    21: jnz $+0x2c
;;    27: mov ebx, dword [rbp + 0x18]
;;    2a: mov rsi, qword [rbp + 0x10]
;;    2e: test rsi, rsi
;;    31: jz $+0x5f
;;    37: cmp ebx, dword [rsi + 0x10]
;;    3a: jnb $+0x60
;;    40: shl rbx, 0x1
;;    44: add rbx, rsi
;;    47: movsx ebx, word [rbx + 0x18]
;;    4b: mov eax, ebx
;;    4e: mov rsp, rbp
;;    51: pop rbp
;;    52: ret
;;    53: lea rax, qword [rbp]
;;    57: mov qword [r13 + 0x50], rax
;;    5b: lea rax, qword [rip + 0x20]
;;    62: mov qword [r13 + 0x58], rax
;;    66: lea rax, qword [r13 + 0x50]
;;    6a: mov qword [r13 + 0x60], rax
;;    6e: push r13
;;    70: push 0x1d000000
;;    75: call qword [r14 + 0x38]
;;    7d: lea rsp, qword [rsp + 0x10]
;;    82: mov qword [r13 + 0x60], 0x0
;;    8a: jmp $-0x65
;;    8c: mov eax, 0x9
;;    91: jmp $+0x2a
;;    96: mov eax, 0x15
;;    9b: jmp $+0xa
;;    a0: mov eax, 0x16
;;    a5: jmp $+0x0
;;    aa: mov ebx, eax
;;    ac: mov rdi, rbp
;;    af: lea rsi, qword [rip - 0xc]
;;    b6: and rsp, -0x10
;;    ba: call qword [r14 + 0x30]
;;    be: mov eax, ebx
;;    c0: mov rsp, qword [r13 + 0x8]
;;    c4: ret
;;
;; function 1 (200 bytes, calls [], stack maps [0x85: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x76
;;    19: cmp dword [r14 + 0x160], 0x0
;;    21: jnz $+0x2f
;;    27: movsd xmm1, qword [rbp + 0x20]
;;    2c: mov ebx, dword [rbp + 0x18]
;;    2f: mov rsi, qword [rbp + 0x10]
;;    33: test rsi, rsi
;;    36: jz $+0x5d
;;    3c: cmp ebx, dword [rsi + 0x10]
;;    3f: jnb $+0x5e
;;    45: shl rbx, 0x3
;;    49: add rbx, rsi
;;    4c: movsd qword [rbx + 0x18], xmm1
;;    51: mov rsp, rbp
;;    54: pop rbp
;;    55: ret
;;    56: lea rax, qword [rbp]
;;    5a: mov qword [r13 + 0x50], rax
;;    5e: lea rax, qword [rip + 0x20]
;;    65: mov qword [r13 + 0x58], rax
;;    69: lea rax, qword [r13 + 0x50]
;;    6d: mov qword [r13 + 0x60], rax
;;    71: push r13
;;    73: push 0x1d000000
;;    78: call qword [r14 + 0x38]
;;    80: lea rsp, qword [rsp + 0x10]
;;    85: mov qword [r13 + 0x60], 0x0
;;    8d: jmp $-0x68
;;    8f: mov eax, 0x9
;;    94: jmp $+0x2a
;;    99: mov eax, 0x15
;;    9e: jmp $+0xa
;;    a3: mov eax, 0x16
;;    a8: jmp $+0x0
;;    ad: mov ebx, eax
;;    af: mov rdi, rbp
;;    b2: lea rsi, qword [rip - 0xc]
;;    b9: and rsp, -0x10
;;    bd: call qword [r14 + 0x30]
;;    c1: mov eax, ebx
;;    c3: mov rsp, qword [r13 + 0x8]
;;    c7: ret
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
;; function 3 (269 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xc5
;;    19: cmp dword [r14 + 0x160], 0x0
;;    21: jnz $+0x7b
;;    27: mov eax, dword [rbp + 0x10]
;;    2a: mov dword [rbp - 0x18], eax
;;    2d: mov edx, dword [rbp - 0x18]
;;    30: xor esi, esi
;;    33: mov rdi, r14
;;    36: lea rax, qword [rbp]
;;    3a: mov qword [r13 + 0x50], rax
;;    3e: lea rax, qword [rip + 0x1a]
;;    45: mov qword [r13 + 0x58], rax
;;    49: lea rax, qword [r13 + 0x50]
;;    4d: mov qword [r13 + 0x60], rax
;;    51: mov rbx, qword [r14 + 0x18]
;;    55: mov rbx, qword [rbx + 0xb0]
;;    5c: call rbx
;;    5f: mov qword [r13 + 0x60], 0x0
;;    67: mov rbx, rax
;;    6a: test rbx, rbx
;;    6d: jz $+0x75
;;    73: mov esi, 0x7
;;    79: mov rdi, rbx
;;    7c: mov r8d, dword [rbx + 0x10]
;;    80: shl r8, 0x1
;;    84: add r8, rbx
;;    87: cmp rdi, r8
;;    8a: jnb $+0xa
;;    90: mov word [rdi + 0x18], si
;;    94: add rdi, 0x2
;;    98: jmp $-0x13
;;    9a: mov rax, rbx
;;    9d: mov rsp, rbp
;;    a0: pop rbp
;;    a1: ret
;;    a2: lea rax, qword [rbp]
;;    a6: mov qword [r13 + 0x50], rax
;;    aa: lea rax, qword [rip + 0x20]
;;    b1: mov qword [r13 + 0x58], rax
;;    b5: lea rax, qword [r13 + 0x50]
;;    b9: mov qword [r13 + 0x60], rax
;;    bd: push r13
;;    bf: push 0x1d000000
;;    c4: call qword [r14 + 0x38]
;;    cc: lea rsp, qword [rsp + 0x10]
;;    d1: mov qword [r13 + 0x60], 0x0
;;    d9: jmp $-0xb7
;;    de: mov eax, 0x9
;;    e3: jmp $+0x20
;;    e8: mov eax, 0x17
;;    ed: jmp $+0x0
;;    f2: mov ebx, eax
;;    f4: mov rdi, rbp
;;    f7: lea rsi, qword [rip - 0xc]
;;    fe: and rsp, -0x10
;;   102: call qword [r14 + 0x30]
;;   106: mov eax, ebx
;;   108: mov rsp, qword [r13 + 0x8]
;;   10c: ret
;;
;; function 4 (237 bytes, calls [], stack maps [0xa7: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x9b
;;    19: cmp dword [r14 + 0x160], 0x0
;;    21: jnz $+0x51
;;    27: mov ebx, dword [rbp + 0x28]
;;    2a: movsd xmm1, qword [rbp + 0x20]
;;    2f: mov esi, dword [rbp + 0x18]
;;    32: mov rdi, qword [rbp + 0x10]
;;    36: test rdi, rdi
;;    39: jz $+0x7f
;;    3f: mov r8, rsi
;;    42: add r8, rbx
;;    45: mov ebx, dword [rdi + 0x10]
;;    48: cmp r8, rbx
;;    4b: ja $+0x77
;;    51: shl rsi, 0x3
;;    55: add rsi, rdi
;;    58: shl r8, 0x3
;;    5c: add r8, rdi
;;    5f: cmp rsi, r8
;;    62: jnb $+0xb
;;    68: movsd qword [rsi + 0x18], xmm1
;;    6d: add rsi, 0x8
;;    71: jmp $-0x14
;;    73: mov rsp, rbp
;;    76: pop rbp
;;    77: ret
;;    78: lea rax, qword [rbp]
;;    7c: mov qword [r13 + 0x50], rax
;;    80: lea rax, qword [rip + 0x20]
;;    87: mov qword [r13 + 0x58], rax
;;    8b: lea rax, qword [r13 + 0x50]
;;    8f: mov qword [r13 + 0x60], rax
;;    93: push r13
;;    95: push 0x1d000000
;;    9a: call qword [r14 + 0x38]
;;    a2: lea rsp, qword [rsp + 0x10]
;;    a7: mov qword [r13 + 0x60], 0x0
;;    af: jmp $-0x8d
;;    b4: mov eax, 0x9
;;    b9: jmp $+0x2a
;;    be: mov eax, 0x15
;;    c3: jmp $+0xa
;;    c8: mov eax, 0x16
;;    cd: jmp $+0x0
;;    d2: mov ebx, eax
;;    d4: mov rdi, rbp
;;    d7: lea rsi, qword [rip - 0xc]
;;    de: and rsp, -0x10
;;    e2: call qword [r14 + 0x30]
;;    e6: mov eax, ebx
;;    e8: mov rsp, qword [r13 + 0x8]
;;    ec: ret

;; ==== aarch64 ====
;; function 0 (224 bytes, calls [], stack maps [0x90: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x7c
;;    20: ldr w16, [x28, #0x160]
;;    24: cbnz w16, $+0x38
;;    28: ldr w0, [x29, #0x18]
;;    2c: ldr x1, [x29, #0x10]
;;    30: cbz x1, $+0x70
;;    34: ldr w16, [x1, #0x10]
;;    38: cmp w0, w16
;;    3c: b.hs $+0x6c
;;    40: lsl x0, x0, #0x1
;;    44: add x0, x0, x1
;;    48: ldrsh w0, [x0, #0x18]
;;    4c: mov w0, w0
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov x17, #0x0
;;    60: add x15, x29, x17
;;    64: str x15, [x26, #0x50]
;;    68: adr x15, $+0x28
;;    6c: str x15, [x26, #0x58]
;;    70: mov x17, #0x50
;;    74: add x15, x26, x17
;;    78: str x15, [x26, #0x60]
;;    7c: mov w16, #0x1d000000
;;    80: stp x26, x16, [sp, #-0x10]!
;;    84: ldr x16, [x28, #0x38]
;;    88: blr x16
;;    8c: add sp, sp, #0x10
;;    90: str xzr, [x26, #0x60]
;;    94: b $-0x6c
;;    98: mov w0, #0x9
;;    9c: b $+0x34
;;    a0: mov w0, #0x15
;;    a4: b $+0xc
;;    a8: mov w0, #0x16
;;    ac: b $+0x4
;;    b0: mov w19, w0
;;    b4: mov x0, x29
;;    b8: adr x1, $-0x8
;;    bc: mov x16, sp
;;    c0: and sp, x16, #0xfffffffffffffff0
;;    c4: ldr x17, [x28, #0x30]
;;    c8: blr x17
;;    cc: mov w0, w19
;;    d0: ldr x16, [x26, #0x8]
;;    d4: ldr x17, [x16]
;;    d8: add sp, x16, #0x10
;;    dc: br x17
;;
;; function 1 (224 bytes, calls [], stack maps [0x90: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x7c
;;    20: ldr w16, [x28, #0x160]
;;    24: cbnz w16, $+0x38
;;    28: ldr d0, [x29, #0x20]
;;    2c: ldr w0, [x29, #0x18]
;;    30: ldr x1, [x29, #0x10]
;;    34: cbz x1, $+0x6c
;;    38: ldr w16, [x1, #0x10]
;;    3c: cmp w0, w16
;;    40: b.hs $+0x68
;;    44: lsl x0, x0, #0x3
;;    48: add x0, x0, x1
;;    4c: str d0, [x0, #0x18]
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov x17, #0x0
;;    60: add x15, x29, x17
;;    64: str x15, [x26, #0x50]
;;    68: adr x15, $+0x28
;;    6c: str x15, [x26, #0x58]
;;    70: mov x17, #0x50
;;    74: add x15, x26, x17
;;    78: str x15, [x26, #0x60]
;;    7c: mov w16, #0x1d000000
;;    80: stp x26, x16, [sp, #-0x10]!
;;    84: ldr x16, [x28, #0x38]
;;    88: blr x16
;;    8c: add sp, sp, #0x10
;;    90: str xzr, [x26, #0x60]
;;    94: b $-0x6c
;;    98: mov w0, #0x9
;;    9c: b $+0x34
;;    a0: mov w0, #0x15
;;    a4: b $+0xc
;;    a8: mov w0, #0x16
;;    ac: b $+0x4
;;    b0: mov w19, w0
;;    b4: mov x0, x29
;;    b8: adr x1, $-0x8
;;    bc: mov x16, sp
;;    c0: and sp, x16, #0xfffffffffffffff0
;;    c4: ldr x17, [x28, #0x30]
;;    c8: blr x17
;;    cc: mov w0, w19
;;    d0: ldr x16, [x26, #0x8]
;;    d4: ldr x17, [x16]
;;    d8: add sp, x16, #0x10
;;    dc: br x17
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
;; function 3 (288 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xc4
;;    20: ldr w16, [x28, #0x160]
;;    24: cbnz w16, $+0x80
;;    28: ldr w16, [x29, #0x10]
;;    2c: stur w16, [x29, #-0x18]
;;    30: ldur w2, [x29, #-0x18]
;;    34: mov w1, #0x0
;;    38: mov x0, x28
;;    3c: mov x17, #0x0
;;    40: add x15, x29, x17
;;    44: str x15, [x26, #0x50]
;;    48: adr x15, $+0x20
;;    4c: str x15, [x26, #0x58]
;;    50: mov x17, #0x50
;;    54: add x15, x26, x17
;;    58: str x15, [x26, #0x60]
;;    5c: ldr x3, [x28, #0x18]
;;    60: ldr x3, [x3, #0xb0]
;;    64: blr x3
;;    68: str xzr, [x26, #0x60]
;;    6c: cbz x0, $+0x7c
;;    70: mov w1, #0x7
;;    74: mov x2, x0
;;    78: ldr w3, [x0, #0x10]
;;    7c: lsl x3, x3, #0x1
;;    80: add x3, x3, x0
;;    84: cmp x2, x3
;;    88: b.hs $+0x10
;;    8c: strh w1, [x2, #0x18]
;;    90: add x2, x2, #0x2
;;    94: b $-0x10
;;    98: mov sp, x29
;;    9c: ldp x29, x30, [sp], #0x10
;;    a0: ret
;;    a4: mov x17, #0x0
;;    a8: add x15, x29, x17
;;    ac: str x15, [x26, #0x50]
;;    b0: adr x15, $+0x28
;;    b4: str x15, [x26, #0x58]
;;    b8: mov x17, #0x50
;;    bc: add x15, x26, x17
;;    c0: str x15, [x26, #0x60]
;;    c4: mov w16, #0x1d000000
;;    c8: stp x26, x16, [sp, #-0x10]!
;;    cc: ldr x16, [x28, #0x38]
;;    d0: blr x16
;;    d4: add sp, sp, #0x10
;;    d8: str xzr, [x26, #0x60]
;;    dc: b $-0xb4
;;    e0: mov w0, #0x9
;;    e4: b $+0x2c
;;    e8: mov w0, #0x17
;;    ec: b $+0x4
;;    f0: mov w19, w0
;;    f4: mov x0, x29
;;    f8: adr x1, $-0x8
;;    fc: mov x16, sp
;;   100: and sp, x16, #0xfffffffffffffff0
;;   104: ldr x17, [x28, #0x30]
;;   108: blr x17
;;   10c: mov w0, w19
;;   110: ldr x16, [x26, #0x8]
;;   114: ldr x17, [x16]
;;   118: add sp, x16, #0x10
;;   11c: br x17
;;
;; function 4 (260 bytes, calls [], stack maps [0xb4: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xa0
;;    20: ldr w16, [x28, #0x160]
;;    24: cbnz w16, $+0x5c
;;    28: ldr w0, [x29, #0x28]
;;    2c: ldr d0, [x29, #0x20]
;;    30: ldr w1, [x29, #0x18]
;;    34: ldr x2, [x29, #0x10]
;;    38: cbz x2, $+0x8c
;;    3c: mov x3, x1
;;    40: add x3, x3, x0
;;    44: ldr w0, [x2, #0x10]
;;    48: cmp x3, x0
;;    4c: b.hi $+0x80
;;    50: lsl x1, x1, #0x3
;;    54: add x1, x1, x2
;;    58: lsl x3, x3, #0x3
;;    5c: add x3, x3, x2
;;    60: cmp x1, x3
;;    64: b.hs $+0x10
;;    68: str d0, [x1, #0x18]
;;    6c: add x1, x1, #0x8
;;    70: b $-0x10
;;    74: mov sp, x29
;;    78: ldp x29, x30, [sp], #0x10
;;    7c: ret
;;    80: mov x17, #0x0
;;    84: add x15, x29, x17
;;    88: str x15, [x26, #0x50]
;;    8c: adr x15, $+0x28
;;    90: str x15, [x26, #0x58]
;;    94: mov x17, #0x50
;;    98: add x15, x26, x17
;;    9c: str x15, [x26, #0x60]
;;    a0: mov w16, #0x1d000000
;;    a4: stp x26, x16, [sp, #-0x10]!
;;    a8: ldr x16, [x28, #0x38]
;;    ac: blr x16
;;    b0: add sp, sp, #0x10
;;    b4: str xzr, [x26, #0x60]
;;    b8: b $-0x90
;;    bc: mov w0, #0x9
;;    c0: b $+0x34
;;    c4: mov w0, #0x15
;;    c8: b $+0xc
;;    cc: mov w0, #0x16
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
