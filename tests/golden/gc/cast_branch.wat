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
;; function 2 (137 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x41
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, rbx
;;    20: ror rsi, 0x1
;;    24: test rsi, rsi
;;    27: jge $+0x9
;;    2d: mov qword [rbp - 0x10], rbx
;;    31: jmp $+0xb
;;    36: mov eax, -0x1
;;    3c: mov rsp, rbp
;;    3f: pop rbp
;;    40: ret
;;    41: mov rbx, qword [rbp - 0x10]
;;    45: test rbx, rbx
;;    48: jz $+0x16
;;    4e: sar ebx, 0x1
;;    52: mov eax, ebx
;;    55: mov rsp, rbp
;;    58: pop rbp
;;    59: ret
;;    5a: mov eax, 0x9
;;    5f: jmp $+0x20
;;    64: mov eax, 0x12
;;    69: jmp $+0x0
;;    6e: mov ebx, eax
;;    70: mov rdi, rbp
;;    73: lea rsi, qword [rip - 0xc]
;;    7a: and rsp, -0x10
;;    7e: call qword [r14 + 0x30]
;;    82: mov eax, ebx
;;    84: mov rsp, qword [r13 + 0x8]
;;    88: ret
;;
;; function 3 (118 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x38
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jnz $+0x9
;;    26: mov qword [rbp - 0x10], rbx
;;    2a: jmp $+0xb
;;    2f: mov eax, 0x1
;;    35: mov rsp, rbp
;;    38: pop rbp
;;    39: ret
;;    3a: mov rbx, qword [rbp - 0x10]
;;    3e: test rbx, rbx
;;    41: setz bl
;;    45: movzx ebx, bl
;;    49: mov eax, ebx
;;    4c: mov rsp, rbp
;;    4f: pop rbp
;;    50: ret
;;    51: mov eax, 0x9
;;    56: jmp $+0x16
;;    5b: mov ebx, eax
;;    5d: mov rdi, rbp
;;    60: lea rsi, qword [rip - 0xc]
;;    67: and rsp, -0x10
;;    6b: call qword [r14 + 0x30]
;;    6f: mov eax, ebx
;;    71: mov rsp, qword [r13 + 0x8]
;;    75: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x30
;;    24: ldr x0, [x29, #0x10]
;;    28: mov x1, x0
;;    2c: ror x1, x1, #0x1
;;    30: cmp x1, #0x0
;;    34: b.ge $+0x24
;;    38: cbz x0, $+0x28
;;    3c: lsr w0, w0, #0x1
;;    40: mov w0, w0
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x34
;;    58: mov w0, #0x13
;;    5c: b $+0xc
;;    60: mov w0, #0x12
;;    64: b $+0x4
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
;; function 1 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x24
;;    24: ldr x0, [x29, #0x10]
;;    28: cbnz x0, $+0x24
;;    2c: cmp x0, #0x0
;;    30: cset w0, eq
;;    34: mov w0, w0
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x2c
;;    4c: mov w0, #0x13
;;    50: b $+0x4
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
;;
;; function 2 (172 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x4c
;;    24: ldr x0, [x29, #0x10]
;;    28: mov x1, x0
;;    2c: ror x1, x1, #0x1
;;    30: cmp x1, #0x0
;;    34: b.ge $+0xc
;;    38: stur x0, [x29, #-0x10]
;;    3c: b $+0x14
;;    40: mov w0, #0xffffffff
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: ldur x0, [x29, #-0x10]
;;    54: cbz x0, $+0x20
;;    58: asr w0, w0, #0x1
;;    5c: mov w0, w0
;;    60: mov sp, x29
;;    64: ldp x29, x30, [sp], #0x10
;;    68: ret
;;    6c: mov w0, #0x9
;;    70: b $+0x2c
;;    74: mov w0, #0x12
;;    78: b $+0x4
;;    7c: mov w19, w0
;;    80: mov x0, x29
;;    84: adr x1, $-0x8
;;    88: mov x16, sp
;;    8c: and sp, x16, #0xfffffffffffffff0
;;    90: ldr x17, [x28, #0x30]
;;    94: blr x17
;;    98: mov w0, w19
;;    9c: ldr x16, [x26, #0x8]
;;    a0: ldr x17, [x16]
;;    a4: add sp, x16, #0x10
;;    a8: br x17
;;
;; function 3 (152 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x40
;;    24: ldr x0, [x29, #0x10]
;;    28: cbnz x0, $+0xc
;;    2c: stur x0, [x29, #-0x10]
;;    30: b $+0x14
;;    34: mov w0, #0x1
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: ldur x0, [x29, #-0x10]
;;    48: cmp x0, #0x0
;;    4c: cset w0, eq
;;    50: mov w0, w0
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
