;; Typed function references: call_ref checks null and the callee's type (as call_indirect
;; does) before the call; ref.as_non_null traps on null; br_on_null and br_on_non_null
;; test the reference and branch.
(module
  (type $t (func (param i32) (result i32)))
  (func $call (param $f (ref null $t)) (result i32)
    i32.const 7 local.get $f call_ref $t)
  (func $non_null (param $f (ref null $t)) (result (ref $t))
    local.get $f ref.as_non_null)
  (func $on_null (param $f (ref null $t)) (result i32)
    (block $null
      local.get $f br_on_null $null
      drop
      i32.const 1 return)
    i32.const 0)
  (func $on_non_null (param $f (ref null $t)) (result i32) (local $g (ref null $t))
    (block $some (result (ref $t))
      local.get $f br_on_non_null $some
      i32.const 0 return)
    local.set $g
    i32.const 3 local.get $g call_ref $t))

;; ==== x64 ====
;; function 0 (149 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x43
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov dword [rsp], 0x7
;;    24: test rbx, rbx
;;    27: jz $+0x39
;;    2d: mov esi, dword [r14 + 0x40]
;;    31: cmp esi, dword [rbx + 0x10]
;;    34: jnz $+0x36
;;    3a: mov rax, r14
;;    3d: mov r14, qword [rbx + 0x8]
;;    41: mov r15, qword [r14]
;;    44: mov rbx, qword [rbx]
;;    47: call rbx
;;    4a: mov r14, qword [rbp - 0x8]
;;    4e: mov r15, qword [r14]
;;    51: mov ebx, eax
;;    54: mov eax, ebx
;;    57: mov rsp, rbp
;;    5a: pop rbp
;;    5b: ret
;;    5c: mov eax, 0x9
;;    61: jmp $+0x2a
;;    66: mov eax, 0xe
;;    6b: jmp $+0xa
;;    70: mov eax, 0x8
;;    75: jmp $+0x0
;;    7a: mov ebx, eax
;;    7c: mov rdi, rbp
;;    7f: lea rsi, qword [rip - 0xc]
;;    86: and rsp, -0x10
;;    8a: call qword [r14 + 0x30]
;;    8e: mov eax, ebx
;;    90: mov rsp, qword [r13 + 0x8]
;;    94: ret
;;
;; function 1 (93 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x15
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x12
;;    26: mov rax, rbx
;;    29: mov rsp, rbp
;;    2c: pop rbp
;;    2d: ret
;;    2e: mov eax, 0x9
;;    33: jmp $+0x20
;;    38: mov eax, 0xc
;;    3d: jmp $+0x0
;;    42: mov ebx, eax
;;    44: mov rdi, rbp
;;    47: lea rsi, qword [rip - 0xc]
;;    4e: and rsp, -0x10
;;    52: call qword [r14 + 0x30]
;;    56: mov eax, ebx
;;    58: mov rsp, qword [r13 + 0x8]
;;    5c: ret
;;
;; function 2 (94 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x20
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0xb
;;    26: mov eax, 0x1
;;    2c: mov rsp, rbp
;;    2f: pop rbp
;;    30: ret
;;    31: xor eax, eax
;;    34: mov rsp, rbp
;;    37: pop rbp
;;    38: ret
;;    39: mov eax, 0x9
;;    3e: jmp $+0x16
;;    43: mov ebx, eax
;;    45: mov rdi, rbp
;;    48: lea rsi, qword [rip - 0xc]
;;    4f: and rsp, -0x10
;;    53: call qword [r14 + 0x30]
;;    57: mov eax, ebx
;;    59: mov rsp, qword [r13 + 0x8]
;;    5d: ret
;;
;; function 3 (190 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x6c
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: mov rbx, qword [rbp + 0x10]
;;    26: test rbx, rbx
;;    29: jz $+0x8
;;    2f: mov rax, rbx
;;    32: jmp $+0x8
;;    37: xor eax, eax
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov rbx, rax
;;    42: mov qword [rbp - 0x10], rbx
;;    46: mov dword [rsp], 0x3
;;    4d: test rbx, rbx
;;    50: jz $+0x39
;;    56: mov esi, dword [r14 + 0x40]
;;    5a: cmp esi, dword [rbx + 0x10]
;;    5d: jnz $+0x36
;;    63: mov rax, r14
;;    66: mov r14, qword [rbx + 0x8]
;;    6a: mov r15, qword [r14]
;;    6d: mov rbx, qword [rbx]
;;    70: call rbx
;;    73: mov r14, qword [rbp - 0x8]
;;    77: mov r15, qword [r14]
;;    7a: mov ebx, eax
;;    7d: mov eax, ebx
;;    80: mov rsp, rbp
;;    83: pop rbp
;;    84: ret
;;    85: mov eax, 0x9
;;    8a: jmp $+0x2a
;;    8f: mov eax, 0xe
;;    94: jmp $+0xa
;;    99: mov eax, 0x8
;;    9e: jmp $+0x0
;;    a3: mov ebx, eax
;;    a5: mov rdi, rbp
;;    a8: lea rsi, qword [rip - 0xc]
;;    af: and rsp, -0x10
;;    b3: call qword [r14 + 0x30]
;;    b7: mov eax, ebx
;;    b9: mov rsp, qword [r13 + 0x8]
;;    bd: ret

;; ==== aarch64 ====
;; function 0 (184 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x54
;;    20: ldr x0, [x29, #0x10]
;;    24: mov w16, #0x7
;;    28: str w16, [sp]
;;    2c: cbz x0, $+0x4c
;;    30: ldr w1, [x28, #0x40]
;;    34: ldr w16, [x0, #0x10]
;;    38: cmp w1, w16
;;    3c: b.ne $+0x44
;;    40: mov x15, x28
;;    44: ldr x28, [x0, #0x8]
;;    48: ldr x27, [x28]
;;    4c: ldr x0, [x0]
;;    50: blr x0
;;    54: ldur x28, [x29, #-0x8]
;;    58: ldr x27, [x28]
;;    5c: mov w0, w0
;;    60: mov w0, w0
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, #0x9
;;    74: b $+0x34
;;    78: mov w0, #0xe
;;    7c: b $+0xc
;;    80: mov w0, #0x8
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
;;
;; function 1 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x18
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x18
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w0, #0x9
;;    38: b $+0x2c
;;    3c: mov w0, #0xc
;;    40: b $+0x4
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
;;
;; function 2 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x2c
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x14
;;    28: mov w0, #0x1
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x0
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x24
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
;; function 3 (224 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x7c
;;    20: stur xzr, [x29, #-0x10]
;;    24: ldr x0, [x29, #0x10]
;;    28: cbz x0, $+0xc
;;    2c: mov x15, x0
;;    30: b $+0x14
;;    34: mov w0, #0x0
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov x0, x15
;;    48: stur x0, [x29, #-0x10]
;;    4c: mov w16, #0x3
;;    50: str w16, [sp]
;;    54: cbz x0, $+0x4c
;;    58: ldr w1, [x28, #0x40]
;;    5c: ldr w16, [x0, #0x10]
;;    60: cmp w1, w16
;;    64: b.ne $+0x44
;;    68: mov x15, x28
;;    6c: ldr x28, [x0, #0x8]
;;    70: ldr x27, [x28]
;;    74: ldr x0, [x0]
;;    78: blr x0
;;    7c: ldur x28, [x29, #-0x8]
;;    80: ldr x27, [x28]
;;    84: mov w0, w0
;;    88: mov w0, w0
;;    8c: mov sp, x29
;;    90: ldp x29, x30, [sp], #0x10
;;    94: ret
;;    98: mov w0, #0x9
;;    9c: b $+0x34
;;    a0: mov w0, #0xe
;;    a4: b $+0xc
;;    a8: mov w0, #0x8
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
