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
;; function 0 (133 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x47
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x24
;;    26: test ebx, 0x3
;;    2d: jnz $+0x17
;;    33: mov edi, dword [rbx + 0x4]
;;    36: cmp edi, 0x1
;;    39: jnz $+0xb
;;    3f: mov esi, 0x1
;;    45: jmp $+0x3
;;    4a: xor esi, esi
;;    4d: test rsi, rsi
;;    50: setnz sil
;;    54: movzx esi, sil
;;    58: mov eax, esi
;;    5b: mov rsp, rbp
;;    5e: pop rbp
;;    5f: ret
;;    60: mov eax, 0x9
;;    65: jmp $+0x16
;;    6a: mov ebx, eax
;;    6c: mov rdi, rbp
;;    6f: lea rsi, qword [rip - 0xc]
;;    76: and rsp, -0x10
;;    7a: call qword [r14 + 0x30]
;;    7e: mov eax, ebx
;;    80: mov rsp, qword [r13 + 0x8]
;;    84: ret
;;
;; function 1 (160 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x62
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x3f
;;    26: test ebx, 0x3
;;    2d: jnz $+0x32
;;    33: mov edi, dword [r14 + 0x40]
;;    37: cmp edi, dword [rbx]
;;    39: jz $+0x1b
;;    3f: mov r8, qword [rbx + 0x8]
;;    43: mov esi, dword [r8]
;;    46: test esi, esi
;;    48: jna $+0x17
;;    4e: mov esi, dword [r8 + 0x4]
;;    52: cmp esi, edi
;;    54: jnz $+0xb
;;    5a: mov esi, 0x1
;;    60: jmp $+0x3
;;    65: xor esi, esi
;;    68: test rsi, rsi
;;    6b: setnz sil
;;    6f: movzx esi, sil
;;    73: mov eax, esi
;;    76: mov rsp, rbp
;;    79: pop rbp
;;    7a: ret
;;    7b: mov eax, 0x9
;;    80: jmp $+0x16
;;    85: mov ebx, eax
;;    87: mov rdi, rbp
;;    8a: lea rsi, qword [rip - 0xc]
;;    91: and rsp, -0x10
;;    95: call qword [r14 + 0x30]
;;    99: mov eax, ebx
;;    9b: mov rsp, qword [r13 + 0x8]
;;    9f: ret
;;
;; function 2 (141 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x45
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x24
;;    26: test ebx, 0x3
;;    2d: jnz $+0x17
;;    33: mov edi, dword [r14 + 0x44]
;;    37: cmp edi, dword [rbx]
;;    39: jnz $+0xb
;;    3f: mov esi, 0x1
;;    45: jmp $+0x3
;;    4a: xor esi, esi
;;    4d: test rsi, rsi
;;    50: jz $+0x12
;;    56: mov rax, rbx
;;    59: mov rsp, rbp
;;    5c: pop rbp
;;    5d: ret
;;    5e: mov eax, 0x9
;;    63: jmp $+0x20
;;    68: mov eax, 0x13
;;    6d: jmp $+0x0
;;    72: mov ebx, eax
;;    74: mov rdi, rbp
;;    77: lea rsi, qword [rip - 0xc]
;;    7e: and rsp, -0x10
;;    82: call qword [r14 + 0x30]
;;    86: mov eax, ebx
;;    88: mov rsp, qword [r13 + 0x8]
;;    8c: ret
;;
;; function 3 (164 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x52
;;    19: mov rax, qword [rbp + 0x10]
;;    1d: mov qword [rbp - 0x10], rax
;;    21: mov rax, qword [rbp + 0x18]
;;    25: mov qword [rbp - 0x20], rax
;;    29: mov rsi, qword [rbp - 0x10]
;;    2d: mov edx, 0x1
;;    33: mov rcx, qword [rbp - 0x20]
;;    37: mov r8d, 0x2
;;    3d: mov r9d, 0x3
;;    43: mov rdi, r14
;;    46: mov rbx, qword [r14 + 0x18]
;;    4a: mov rbx, qword [rbx + 0xc8]
;;    51: call rbx
;;    54: cmp eax, 0x15
;;    57: jz $+0x18
;;    5d: cmp eax, 0x16
;;    60: jz $+0x19
;;    66: mov rsp, rbp
;;    69: pop rbp
;;    6a: ret
;;    6b: mov eax, 0x9
;;    70: jmp $+0x2a
;;    75: mov eax, 0x15
;;    7a: jmp $+0xa
;;    7f: mov eax, 0x16
;;    84: jmp $+0x0
;;    89: mov ebx, eax
;;    8b: mov rdi, rbp
;;    8e: lea rsi, qword [rip - 0xc]
;;    95: and rsp, -0x10
;;    99: call qword [r14 + 0x30]
;;    9d: mov eax, ebx
;;    9f: mov rsp, qword [r13 + 0x8]
;;    a3: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x44
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x20
;;    28: tst w0, #0x3
;;    2c: b.ne $+0x18
;;    30: ldr w2, [x0, #0x4]
;;    34: cmp w2, #0x1
;;    38: b.ne $+0xc
;;    3c: mov w1, #0x1
;;    40: b $+0x8
;;    44: mov w1, #0x0
;;    48: cmp x1, #0x0
;;    4c: cset w1, ne
;;    50: mov w0, w1
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov w0, #0x9
;;    64: b $+0x24
;;    68: mov w19, w0
;;    6c: mov x0, x29
;;    70: adr x1, $-0x8
;;    74: mov x16, sp
;;    78: and sp, x16, #0xfffffffffffffff0
;;    7c: ldr x17, [x28, #0x30]
;;    80: blr x17
;;    84: mov w0, w19
;;    88: ldr x16, [x26, #0x8]
;;    8c: ldr x17, [x16]
;;    90: add sp, x16, #0x10
;;    94: br x17
;;
;; function 1 (184 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x64
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x40
;;    28: tst w0, #0x3
;;    2c: b.ne $+0x38
;;    30: ldr w2, [x28, #0x40]
;;    34: ldr w16, [x0]
;;    38: cmp w2, w16
;;    3c: b.eq $+0x20
;;    40: ldr x3, [x0, #0x8]
;;    44: ldr w1, [x3]
;;    48: cmp w1, #0x0
;;    4c: b.ls $+0x18
;;    50: ldr w1, [x3, #0x4]
;;    54: cmp w1, w2
;;    58: b.ne $+0xc
;;    5c: mov w1, #0x1
;;    60: b $+0x8
;;    64: mov w1, #0x0
;;    68: cmp x1, #0x0
;;    6c: cset w1, ne
;;    70: mov w0, w1
;;    74: mov sp, x29
;;    78: ldp x29, x30, [sp], #0x10
;;    7c: ret
;;    80: mov w0, #0x9
;;    84: b $+0x24
;;    88: mov w19, w0
;;    8c: mov x0, x29
;;    90: adr x1, $-0x8
;;    94: mov x16, sp
;;    98: and sp, x16, #0xfffffffffffffff0
;;    9c: ldr x17, [x28, #0x30]
;;    a0: blr x17
;;    a4: mov w0, w19
;;    a8: ldr x16, [x26, #0x8]
;;    ac: ldr x17, [x16]
;;    b0: add sp, x16, #0x10
;;    b4: br x17
;;
;; function 2 (160 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x44
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x24
;;    28: tst w0, #0x3
;;    2c: b.ne $+0x1c
;;    30: ldr w2, [x28, #0x44]
;;    34: ldr w16, [x0]
;;    38: cmp w2, w16
;;    3c: b.ne $+0xc
;;    40: mov w1, #0x1
;;    44: b $+0x8
;;    48: mov w1, #0x0
;;    4c: cmp x1, #0x0
;;    50: b.eq $+0x18
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov w0, #0x9
;;    64: b $+0x2c
;;    68: mov w0, #0x13
;;    6c: b $+0x4
;;    70: mov w19, w0
;;    74: mov x0, x29
;;    78: adr x1, $-0x8
;;    7c: mov x16, sp
;;    80: and sp, x16, #0xfffffffffffffff0
;;    84: ldr x17, [x28, #0x30]
;;    88: blr x17
;;    8c: mov w0, w19
;;    90: ldr x16, [x26, #0x8]
;;    94: ldr x17, [x16]
;;    98: add sp, x16, #0x10
;;    9c: br x17
;;
;; function 3 (184 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x54
;;    20: ldr x16, [x29, #0x10]
;;    24: stur x16, [x29, #-0x10]
;;    28: ldr x16, [x29, #0x18]
;;    2c: stur x16, [x29, #-0x20]
;;    30: ldur x1, [x29, #-0x10]
;;    34: mov w2, #0x1
;;    38: ldur x3, [x29, #-0x20]
;;    3c: mov w4, #0x2
;;    40: mov w5, #0x3
;;    44: mov x0, x28
;;    48: ldr x6, [x28, #0x18]
;;    4c: ldr x6, [x6, #0xc8]
;;    50: blr x6
;;    54: cmp w0, #0x15
;;    58: b.eq $+0x20
;;    5c: cmp w0, #0x16
;;    60: b.eq $+0x20
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, #0x9
;;    74: b $+0x34
;;    78: mov w0, #0x15
;;    7c: b $+0xc
;;    80: mov w0, #0x16
;;    84: b $+0x4
;;    88: mov w19, w0
;;    8c: mov x0, x29
;;    90: adr x1, $-0x8
;;    94: mov x16, sp
;;    98: and sp, x16, #0xfffffffffffffff0
;;    9c: ldr x17, [x28, #0x30]
;;    a0: blr x17
;;    a4: mov w0, w19
;;    a8: ldr x16, [x26, #0x8]
;;    ac: ldr x17, [x16]
;;    b0: add sp, x16, #0x10
;;    b4: br x17
