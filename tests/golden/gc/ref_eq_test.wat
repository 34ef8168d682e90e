;;! gc
;; ref.eq compares the two words (an i31 is canonical); ref.test to i31 rotates a copy
;; right by one (an i31 is then negative, null 0, an object pointer positive), to a
;; non-null top type compares with null, to a nullable top type is the constant 1.
(module
  (func (export "eq") (param eqref eqref) (result i32) (ref.eq (local.get 0) (local.get 1)))
  (func (export "is_i31") (param anyref) (result i32) (ref.test (ref i31) (local.get 0)))
  (func (export "is_null_or_i31") (param anyref) (result i32) (ref.test i31ref (local.get 0)))
  (func (export "is_eq") (param anyref) (result i32) (ref.test (ref eq) (local.get 0)))
  (func (export "is_any") (param anyref) (result i32) (ref.test anyref (local.get 0))))

;; ==== x64 ====
;; function 0 (86 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x18
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: cmp rbx, qword [rbp + 0x18]
;;    21: setz bl
;;    25: movzx ebx, bl
;;    29: mov eax, ebx
;;    2c: mov rsp, rbp
;;    2f: pop rbp
;;    30: ret
;;    31: mov eax, 0x9
;;    36: jmp $+0x16
;;    3b: mov ebx, eax
;;    3d: mov rdi, rbp
;;    40: lea rsi, qword [rip - 0xc]
;;    47: and rsp, -0x10
;;    4b: call qword [r14 + 0x30]
;;    4f: mov eax, ebx
;;    51: mov rsp, qword [r13 + 0x8]
;;    55: ret
;;
;; function 1 (92 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1e
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, rbx
;;    20: ror rsi, 0x1
;;    24: test rsi, rsi
;;    27: setl sil
;;    2b: movzx esi, sil
;;    2f: mov eax, esi
;;    32: mov rsp, rbp
;;    35: pop rbp
;;    36: ret
;;    37: mov eax, 0x9
;;    3c: jmp $+0x16
;;    41: mov ebx, eax
;;    43: mov rdi, rbp
;;    46: lea rsi, qword [rip - 0xc]
;;    4d: and rsp, -0x10
;;    51: call qword [r14 + 0x30]
;;    55: mov eax, ebx
;;    57: mov rsp, qword [r13 + 0x8]
;;    5b: ret
;;
;; function 2 (92 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1e
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, rbx
;;    20: ror rsi, 0x1
;;    24: test rsi, rsi
;;    27: setle sil
;;    2b: movzx esi, sil
;;    2f: mov eax, esi
;;    32: mov rsp, rbp
;;    35: pop rbp
;;    36: ret
;;    37: mov eax, 0x9
;;    3c: jmp $+0x16
;;    41: mov ebx, eax
;;    43: mov rdi, rbp
;;    46: lea rsi, qword [rip - 0xc]
;;    4d: and rsp, -0x10
;;    51: call qword [r14 + 0x30]
;;    55: mov eax, ebx
;;    57: mov rsp, qword [r13 + 0x8]
;;    5b: ret
;;
;; function 3 (123 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3d
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
;;    46: setnz sil
;;    4a: movzx esi, sil
;;    4e: mov eax, esi
;;    51: mov rsp, rbp
;;    54: pop rbp
;;    55: ret
;;    56: mov eax, 0x9
;;    5b: jmp $+0x16
;;    60: mov ebx, eax
;;    62: mov rdi, rbp
;;    65: lea rsi, qword [rip - 0xc]
;;    6c: and rsp, -0x10
;;    70: call qword [r14 + 0x30]
;;    74: mov eax, ebx
;;    76: mov rsp, qword [r13 + 0x8]
;;    7a: ret
;;
;; function 4 (77 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xf
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov eax, 0x1
;;    23: mov rsp, rbp
;;    26: pop rbp
;;    27: ret
;;    28: mov eax, 0x9
;;    2d: jmp $+0x16
;;    32: mov ebx, eax
;;    34: mov rdi, rbp
;;    37: lea rsi, qword [rip - 0xc]
;;    3e: and rsp, -0x10
;;    42: call qword [r14 + 0x30]
;;    46: mov eax, ebx
;;    48: mov rsp, qword [r13 + 0x8]
;;    4c: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: ldr x0, [x29, #0x10]
;;    24: ldr x16, [x29, #0x18]
;;    28: cmp x0, x16
;;    2c: cset w0, eq
;;    30: mov w0, w0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
;;
;; function 1 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr x0, [x29, #0x10]
;;    24: mov x1, x0
;;    28: ror x1, x1, #0x1
;;    2c: cmp x1, #0x0
;;    30: cset w1, lt
;;    34: mov w0, w1
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
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
;; function 2 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr x0, [x29, #0x10]
;;    24: mov x1, x0
;;    28: ror x1, x1, #0x1
;;    2c: cmp x1, #0x0
;;    30: cset w1, le
;;    34: mov w0, w1
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
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
;; function 3 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x40
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
;;    48: cset w1, ne
;;    4c: mov w0, w1
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x24
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
;; function 4 (108 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x18
;;    20: ldr x0, [x29, #0x10]
;;    24: mov w0, #0x1
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w0, #0x9
;;    38: b $+0x24
;;    3c: mov w19, w0
;;    40: mov x0, x29
;;    44: adr x1, $-0x8
;;    48: mov x16, sp
;;    4c: and sp, x16, #0xfffffffffffffff0
;;    50: ldr x17, [x28, #0x30]
;;    54: blr x17
;;    58: mov w0, w19
;;    5c: ldr x16, [x26, #0x8]
;;    60: ldr x17, [x16]
;;    64: add sp, x16, #0x10
;;    68: br x17
