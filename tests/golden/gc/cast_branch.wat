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
;; function 3 (116 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x36
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jnz $+0x8
;;    26: mov rax, rbx
;;    29: jmp $+0xb
;;    2e: mov eax, 0x1
;;    34: mov rsp, rbp
;;    37: pop rbp
;;    38: ret
;;    39: mov rbx, rax
;;    3c: test rbx, rbx
;;    3f: setz bl
;;    43: movzx ebx, bl
;;    47: mov eax, ebx
;;    4a: mov rsp, rbp
;;    4d: pop rbp
;;    4e: ret
;;    4f: mov eax, 0x9
;;    54: jmp $+0x16
;;    59: mov ebx, eax
;;    5b: mov rdi, rbp
;;    5e: lea rsi, qword [rip - 0xc]
;;    65: and rsp, -0x10
;;    69: call qword [r14 + 0x30]
;;    6d: mov eax, ebx
;;    6f: mov rsp, qword [r13 + 0x8]
;;    73: ret

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
;;    38: mov x15, x0
;;    3c: b $+0x14
;;    40: mov w0, #0xffffffff
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov x0, x15
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
;;    2c: mov x15, x0
;;    30: b $+0x14
;;    34: mov w0, #0x1
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov x0, x15
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
