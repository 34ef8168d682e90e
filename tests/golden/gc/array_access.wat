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
;; function 0 (126 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2c
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov rsi, qword [rbp + 0x10]
;;    20: test rsi, rsi
;;    23: jz $+0x26
;;    29: cmp ebx, dword [rsi + 0x10]
;;    2c: jnb $+0x27
;;    32: shl rbx, 0x1
;;    36: add rbx, rsi
;;    39: movsx ebx, word [rbx + 0x18]
;;    3d: mov eax, ebx
;;    40: mov rsp, rbp
;;    43: pop rbp
;;    44: ret
;;    45: mov eax, 0x9
;;    4a: jmp $+0x2a
;;    4f: mov eax, 0x15
;;    54: jmp $+0xa
;;    59: mov eax, 0x16
;;    5e: jmp $+0x0
;;    63: mov ebx, eax
;;    65: mov rdi, rbp
;;    68: lea rsi, qword [rip - 0xc]
;;    6f: and rsp, -0x10
;;    73: call qword [r14 + 0x30]
;;    77: mov eax, ebx
;;    79: mov rsp, qword [r13 + 0x8]
;;    7d: ret
;;
;; function 1 (129 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2f
;;    19: movsd xmm1, qword [rbp + 0x20]
;;    1e: mov ebx, dword [rbp + 0x18]
;;    21: mov rsi, qword [rbp + 0x10]
;;    25: test rsi, rsi
;;    28: jz $+0x24
;;    2e: cmp ebx, dword [rsi + 0x10]
;;    31: jnb $+0x25
;;    37: shl rbx, 0x3
;;    3b: add rbx, rsi
;;    3e: movsd qword [rbx + 0x18], xmm1
;;    43: mov rsp, rbp
;;    46: pop rbp
;;    47: ret
;;    48: mov eax, 0x9
;;    4d: jmp $+0x2a
;;    52: mov eax, 0x15
;;    57: jmp $+0xa
;;    5c: mov eax, 0x16
;;    61: jmp $+0x0
;;    66: mov ebx, eax
;;    68: mov rdi, rbp
;;    6b: lea rsi, qword [rip - 0xc]
;;    72: and rsp, -0x10
;;    76: call qword [r14 + 0x30]
;;    7a: mov eax, ebx
;;    7c: mov rsp, qword [r13 + 0x8]
;;    80: ret
;;
;; function 2 (96 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x18
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x15
;;    26: mov esi, dword [rbx + 0x10]
;;    29: mov eax, esi
;;    2c: mov rsp, rbp
;;    2f: pop rbp
;;    30: ret
;;    31: mov eax, 0x9
;;    36: jmp $+0x20
;;    3b: mov eax, 0x15
;;    40: jmp $+0x0
;;    45: mov ebx, eax
;;    47: mov rdi, rbp
;;    4a: lea rsi, qword [rip - 0xc]
;;    51: and rsp, -0x10
;;    55: call qword [r14 + 0x30]
;;    59: mov eax, ebx
;;    5b: mov rsp, qword [r13 + 0x8]
;;    5f: ret
;;
;; function 3 (195 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7b
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x18], eax
;;    1f: mov edx, dword [rbp - 0x18]
;;    22: xor esi, esi
;;    25: mov rdi, r14
;;    28: lea rax, qword [rbp]
;;    2c: mov qword [r13 + 0x50], rax
;;    30: lea rax, qword [rip + 0x1a]
;;    37: mov qword [r13 + 0x58], rax
;;    3b: lea rax, qword [r13 + 0x50]
;;    3f: mov qword [r13 + 0x60], rax
;;    43: mov rbx, qword [r14 + 0x18]
;;    47: mov rbx, qword [rbx + 0xb0]
;;    4e: call rbx
;;    51: mov qword [r13 + 0x60], 0x0
;;    59: mov rbx, rax
;;    5c: test rbx, rbx
;;    5f: jz $+0x39
;;    65: mov esi, 0x7
;;    6b: mov rdi, rbx
;;    6e: mov r8d, dword [rbx + 0x10]
;;    72: shl r8, 0x1
;;    76: add r8, rbx
;;    79: cmp rdi, r8
;;    7c: jnb $+0xa
;;    82: mov word [rdi + 0x18], si
;;    86: add rdi, 0x2
;;    8a: jmp $-0x13
;;    8c: mov rax, rbx
;;    8f: mov rsp, rbp
;;    92: pop rbp
;;    93: ret
;;    94: mov eax, 0x9
;;    99: jmp $+0x20
;;    9e: mov eax, 0x17
;;    a3: jmp $+0x0
;;    a8: mov ebx, eax
;;    aa: mov rdi, rbp
;;    ad: lea rsi, qword [rip - 0xc]
;;    b4: and rsp, -0x10
;;    b8: call qword [r14 + 0x30]
;;    bc: mov eax, ebx
;;    be: mov rsp, qword [r13 + 0x8]
;;    c2: ret
;;
;; function 4 (163 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x51
;;    19: mov ebx, dword [rbp + 0x28]
;;    1c: movsd xmm1, qword [rbp + 0x20]
;;    21: mov esi, dword [rbp + 0x18]
;;    24: mov rdi, qword [rbp + 0x10]
;;    28: test rdi, rdi
;;    2b: jz $+0x43
;;    31: mov r8, rsi
;;    34: add r8, rbx
;;    37: mov ebx, dword [rdi + 0x10]
;;    3a: cmp r8, rbx
;;    3d: ja $+0x3b
;;    43: shl rsi, 0x3
;;    47: add rsi, rdi
;;    4a: shl r8, 0x3
;;    4e: add r8, rdi
;;    51: cmp rsi, r8
;;    54: jnb $+0xb
;;    5a: movsd qword [rsi + 0x18], xmm1
;;    5f: add rsi, 0x8
;;    63: jmp $-0x14
;;    65: mov rsp, rbp
;;    68: pop rbp
;;    69: ret
;;    6a: mov eax, 0x9
;;    6f: jmp $+0x2a
;;    74: mov eax, 0x15
;;    79: jmp $+0xa
;;    7e: mov eax, 0x16
;;    83: jmp $+0x0
;;    88: mov ebx, eax
;;    8a: mov rdi, rbp
;;    8d: lea rsi, qword [rip - 0xc]
;;    94: and rsp, -0x10
;;    98: call qword [r14 + 0x30]
;;    9c: mov eax, ebx
;;    9e: mov rsp, qword [r13 + 0x8]
;;    a2: ret

;; ==== aarch64 ====
;; function 0 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr x1, [x29, #0x10]
;;    28: cbz x1, $+0x34
;;    2c: ldr w16, [x1, #0x10]
;;    30: cmp w0, w16
;;    34: b.hs $+0x30
;;    38: lsl x0, x0, #0x1
;;    3c: add x0, x0, x1
;;    40: ldrsh w0, [x0, #0x18]
;;    44: mov w0, w0
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x34
;;    5c: mov w0, #0x15
;;    60: b $+0xc
;;    64: mov w0, #0x16
;;    68: b $+0x4
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
;;
;; function 1 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr d0, [x29, #0x20]
;;    24: ldr w0, [x29, #0x18]
;;    28: ldr x1, [x29, #0x10]
;;    2c: cbz x1, $+0x30
;;    30: ldr w16, [x1, #0x10]
;;    34: cmp w0, w16
;;    38: b.hs $+0x2c
;;    3c: lsl x0, x0, #0x3
;;    40: add x0, x0, x1
;;    44: str d0, [x0, #0x18]
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x34
;;    5c: mov w0, #0x15
;;    60: b $+0xc
;;    64: mov w0, #0x16
;;    68: b $+0x4
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
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
;;    28: ldr w1, [x0, #0x10]
;;    2c: mov w0, w1
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x2c
;;    44: mov w0, #0x15
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
;; function 3 (220 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x80
;;    20: ldr w16, [x29, #0x10]
;;    24: stur w16, [x29, #-0x18]
;;    28: ldur w2, [x29, #-0x18]
;;    2c: mov w1, #0x0
;;    30: mov x0, x28
;;    34: mov x17, #0x0
;;    38: add x15, x29, x17
;;    3c: str x15, [x26, #0x50]
;;    40: adr x15, $+0x20
;;    44: str x15, [x26, #0x58]
;;    48: mov x17, #0x50
;;    4c: add x15, x26, x17
;;    50: str x15, [x26, #0x60]
;;    54: ldr x3, [x28, #0x18]
;;    58: ldr x3, [x3, #0xb0]
;;    5c: blr x3
;;    60: str xzr, [x26, #0x60]
;;    64: cbz x0, $+0x40
;;    68: mov w1, #0x7
;;    6c: mov x2, x0
;;    70: ldr w3, [x0, #0x10]
;;    74: lsl x3, x3, #0x1
;;    78: add x3, x3, x0
;;    7c: cmp x2, x3
;;    80: b.hs $+0x10
;;    84: strh w1, [x2, #0x18]
;;    88: add x2, x2, #0x2
;;    8c: b $-0x10
;;    90: mov sp, x29
;;    94: ldp x29, x30, [sp], #0x10
;;    98: ret
;;    9c: mov w0, #0x9
;;    a0: b $+0x2c
;;    a4: mov w0, #0x17
;;    a8: b $+0x4
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
;; function 4 (192 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x5c
;;    20: ldr w0, [x29, #0x28]
;;    24: ldr d0, [x29, #0x20]
;;    28: ldr w1, [x29, #0x18]
;;    2c: ldr x2, [x29, #0x10]
;;    30: cbz x2, $+0x50
;;    34: mov x3, x1
;;    38: add x3, x3, x0
;;    3c: ldr w0, [x2, #0x10]
;;    40: cmp x3, x0
;;    44: b.hi $+0x44
;;    48: lsl x1, x1, #0x3
;;    4c: add x1, x1, x2
;;    50: lsl x3, x3, #0x3
;;    54: add x3, x3, x2
;;    58: cmp x1, x3
;;    5c: b.hs $+0x10
;;    60: str d0, [x1, #0x18]
;;    64: add x1, x1, #0x8
;;    68: b $-0x10
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: mov w0, #0x9
;;    7c: b $+0x34
;;    80: mov w0, #0x15
;;    84: b $+0xc
;;    88: mov w0, #0x16
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
