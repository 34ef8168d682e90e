;;! gc
;; ref.cast branches to a "cast failure" trap; br_on_cast to i31 compares the rotated
;; copy, to non-null eq tests the reference itself, and br_on_cast_fail negates.
(module
  (func (export "cast") (param anyref) (result i32) (i31.get_u (ref.cast (ref i31) (local.get 0))))
  (func (export "cast_none") (param anyref) (result i32) (ref.is_null (ref.cast nullref (local.get 0))))
  (func (export "on_i31") (param anyref) (result i32)
    (block $is (result (ref i31))
      (br_on_cast $is anyref (ref i31) (local.get 0))
      (drop) (return (i32.const -1)))
    (i31.get_s))
  (func (export "on_eq_fail") (param anyref) (result i32)
    (block $not (result anyref)
      (br_on_cast_fail $not anyref (ref eq) (local.get 0))
      (drop) (return (i32.const 1)))
    (ref.is_null)))

;; ==== x64 ====
;; function 0 (123 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x29
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, rbx
;;    20: ror rsi, 0x1
;;    24: test rsi, rsi
;;    27: jge $+0x1f
;;    2d: test rbx, rbx
;;    30: jz $+0x20
;;    36: shr ebx, 0x1
;;    3a: mov eax, ebx
;;    3d: mov rsp, rbp
;;    40: pop rbp
;;    41: ret
;;    42: mov eax, 0x9
;;    47: jmp $+0x2a
;;    4c: mov eax, 0x13
;;    51: jmp $+0xa
;;    56: mov eax, 0x12
;;    5b: jmp $+0x0
;;    60: mov ebx, eax
;;    62: mov rdi, rbp
;;    65: lea rsi, qword [rip - 0xc]
;;    6c: and rsp, -0x10
;;    70: call qword [r14 + 0x30]
;;    74: mov eax, ebx
;;    76: mov rsp, qword [r13 + 0x8]
;;    7a: ret
;;
;; function 1 (104 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x20
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jnz $+0x1d
;;    26: test rbx, rbx
;;    29: setz bl
;;    2d: movzx ebx, bl
;;    31: mov eax, ebx
;;    34: mov rsp, rbp
;;    37: pop rbp
;;    38: ret
;;    39: mov eax, 0x9
;;    3e: jmp $+0x20
;;    43: mov eax, 0x13
;;    48: jmp $+0x0
;;    4d: mov ebx, eax
;;    4f: mov rdi, rbp
;;    52: lea rsi, qword [rip - 0xc]
;;    59: and rsp, -0x10
;;    5d: call qword [r14 + 0x30]
;;    61: mov eax, ebx
;;    63: mov rsp, qword [r13 + 0x8]
;;    67: ret
;;
;; function 2 (135 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3f
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, rbx
;;    20: ror rsi, 0x1
;;    24: test rsi, rsi
;;    27: jge $+0x8
;;    2d: mov rax, rbx
;;    30: jmp $+0xb
;;    35: mov eax, -0x1
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov rbx, rax
;;    43: test rbx, rbx
;;    46: jz $+0x16
;;    4c: sar ebx, 0x1
;;    50: mov eax, ebx
;;    53: mov rsp, rbp
;;    56: pop rbp
;;    57: ret
;;    58: mov eax, 0x9
;;    5d: jmp $+0x20
;;    62: mov eax, 0x12
;;    67: jmp $+0x0
;;    6c: mov ebx, eax
;;    6e: mov rdi, rbp
;;    71: lea rsi, qword [rip - 0xc]
;;    78: and rsp, -0x10
;;    7c: call qword [r14 + 0x30]
;;    80: mov eax, ebx
;;    82: mov rsp, qword [r13 + 0x8]
;;    86: ret
;;
;; function 3 (154 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5c
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x1a
;;    26: mov edi, ebx
;;    29: and edi, 0x3
;;    2c: cmp edi, 0x2
;;    2f: jz $+0xb
;;    35: mov esi, 0x1
;;    3b: jmp $+0x3
;;    40: xor esi, esi
;;    43: test rsi, rsi
;;    46: jnz $+0x8
;;    4c: mov rax, rbx
;;    4f: jmp $+0xb
;;    54: mov eax, 0x1
;;    5a: mov rsp, rbp
;;    5d: pop rbp
;;    5e: ret
;;    5f: mov rbx, rax
;;    62: test rbx, rbx
;;    65: setz bl
;;    69: movzx ebx, bl
;;    6d: mov eax, ebx
;;    70: mov rsp, rbp
;;    73: pop rbp
;;    74: ret
;;    75: mov eax, 0x9
;;    7a: jmp $+0x16
;;    7f: mov ebx, eax
;;    81: mov rdi, rbp
;;    84: lea rsi, qword [rip - 0xc]
;;    8b: and rsp, -0x10
;;    8f: call qword [r14 + 0x30]
;;    93: mov eax, ebx
;;    95: mov rsp, qword [r13 + 0x8]
;;    99: ret

;; ==== aarch64 ====
;; function 0 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x30
;;    20: ldr x0, [x29, #0x10]
;;    24: mov x1, x0
;;    28: ror x1, x1, #0x1
;;    2c: cmp x1, #0x0
;;    30: b.ge $+0x24
;;    34: cbz x0, $+0x28
;;    38: lsr w0, w0, #0x1
;;    3c: mov w0, w0
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x34
;;    54: mov w0, #0x13
;;    58: b $+0xc
;;    5c: mov w0, #0x12
;;    60: b $+0x4
;;    64: mov w19, w0
;;    68: mov x0, x29
;;    6c: adr x1, $-0x8
;;    70: mov x16, sp
;;    74: and sp, x16, #0xfffffffffffffff0
;;    78: ldr x17, [x28, #0x30]
;;    7c: blr x17
;;    80: mov w0, w19
;;    84: ldr x16, [x26, #0x8]
;;    88: ldr x17, [x16]
;;    8c: add sp, x16, #0x10
;;    90: br x17
;;
;; function 1 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: ldr x0, [x29, #0x10]
;;    24: cbnz x0, $+0x24
;;    28: cmp x0, #0x0
;;    2c: cset w0, eq
;;    30: mov w0, w0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x2c
;;    48: mov w0, #0x13
;;    4c: b $+0x4
;;    50: mov w19, w0
;;    54: mov x0, x29
;;    58: adr x1, $-0x8
;;    5c: mov x16, sp
;;    60: and sp, x16, #0xfffffffffffffff0
;;    64: ldr x17, [x28, #0x30]
;;    68: blr x17
;;    6c: mov w0, w19
;;    70: ldr x16, [x26, #0x8]
;;    74: ldr x17, [x16]
;;    78: add sp, x16, #0x10
;;    7c: br x17
;;
;; function 2 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x4c
;;    20: ldr x0, [x29, #0x10]
;;    24: mov x1, x0
;;    28: ror x1, x1, #0x1
;;    2c: cmp x1, #0x0
;;    30: b.ge $+0xc
;;    34: mov x15, x0
;;    38: b $+0x14
;;    3c: mov w0, #0xffffffff
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov x0, x15
;;    50: cbz x0, $+0x20
;;    54: asr w0, w0, #0x1
;;    58: mov w0, w0
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, #0x9
;;    6c: b $+0x2c
;;    70: mov w0, #0x12
;;    74: b $+0x4
;;    78: mov w19, w0
;;    7c: mov x0, x29
;;    80: adr x1, $-0x8
;;    84: mov x16, sp
;;    88: and sp, x16, #0xfffffffffffffff0
;;    8c: ldr x17, [x28, #0x30]
;;    90: blr x17
;;    94: mov w0, w19
;;    98: ldr x16, [x26, #0x8]
;;    9c: ldr x17, [x16]
;;    a0: add sp, x16, #0x10
;;    a4: br x17
;;
;; function 3 (184 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x64
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x1c
;;    28: mov w2, w0
;;    2c: and w2, w2, #0x3
;;    30: cmp w2, #0x2
;;    34: b.eq $+0xc
;;    38: mov w1, #0x1
;;    3c: b $+0x8
;;    40: mov w1, #0x0
;;    44: cmp x1, #0x0
;;    48: b.ne $+0xc
;;    4c: mov x15, x0
;;    50: b $+0x14
;;    54: mov w0, #0x1
;;    58: mov sp, x29
;;    5c: ldp x29, x30, [sp], #0x10
;;    60: ret
;;    64: mov x0, x15
;;    68: cmp x0, #0x0
;;    6c: cset w0, eq
;;    70: mov w0, w0
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
