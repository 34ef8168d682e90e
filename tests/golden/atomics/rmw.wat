;; Atomic read-modify-writes: add is one locked instruction on x86-64 (lock xadd), or a
;; cmpxchg loop; aarch64 loops on ldaxr / stlxr. A result dropped at once is not read back
;; on x86-64 (lock and).
(module
  (memory 1 1 shared)
  (func (param i32 i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get 1)))
  (func (param i32 i64) (result i64) (i64.atomic.rmw8.or_u (local.get 0) (local.get 1)))
  (func (param i32 i64) (result i64) (i64.atomic.rmw.xchg (local.get 0) (local.get 1)))
  (func (param i32 i32) (drop (i32.atomic.rmw16.and_u (local.get 0) (local.get 1)))))

;; ==== x64 ====
;; function 0 (120 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x28
;;    21: mov rbx, rsi
;;    24: mov r8d, ebx
;;    27: and r8d, 0x3
;;    2b: test r8d, r8d
;;    2e: jnz $+0x1f
;;    34: mov rcx, rdi
;;    37: lock xadd dword [r15 + rbx * 1], ecx
;;    3e: mov r8d, ecx
;;    41: mov eax, r8d
;;    44: mov rsp, rbp
;;    47: pop rbp
;;    48: ret
;;    49: mov eax, 0x9
;;    4e: jmp $+0x20
;;    53: mov eax, 0x10
;;    58: jmp $+0x0
;;    5d: mov ebx, eax
;;    5f: mov rdi, rbp
;;    62: lea rsi, qword [rip - 0xc]
;;    69: and rsp, -0x10
;;    6d: call qword [r14 + 0x30]
;;    71: mov eax, ebx
;;    73: mov rsp, qword [r13 + 0x8]
;;    77: ret
;;
;; function 1 (111 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: push rbp
;;     a: mov rbp, rsp
;;     d: sub rsp, 0x20
;;    14: mov qword [rbp - 0x8], r14
;;    18: cmp rsp, qword [r13]
;;    1c: jb $+0x28
;;    22: mov rbx, rsi
;;    25: movzx eax, byte [r15 + rbx * 1]
;;    2b: mov rcx, rax
;;    2e: or rcx, rdi
;;    31: lock cmpxchg byte [r15 + rbx * 1], cl
;;    38: jnz $-0x13
;;    3e: movzx r8d, al
;;    42: mov rax, r8
;;    45: mov rsp, rbp
;;    48: pop rbp
;;    49: ret
;;    4a: mov eax, 0x9
;;    4f: jmp $+0x16
;;    54: mov ebx, eax
;;    56: mov rdi, rbp
;;    59: lea rsi, qword [rip - 0xc]
;;    60: and rsp, -0x10
;;    64: call qword [r14 + 0x30]
;;    68: mov eax, ebx
;;    6a: mov rsp, qword [r13 + 0x8]
;;    6e: ret
;;
;; function 2 (119 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: push rbp
;;     a: mov rbp, rsp
;;     d: sub rsp, 0x20
;;    14: mov qword [rbp - 0x8], r14
;;    18: cmp rsp, qword [r13]
;;    1c: jb $+0x26
;;    22: mov rbx, rsi
;;    25: mov r8d, ebx
;;    28: and r8d, 0x7
;;    2c: test r8d, r8d
;;    2f: jnz $+0x1d
;;    35: mov rcx, rdi
;;    38: xchg qword [r15 + rbx * 1], rcx
;;    3d: mov r8, rcx
;;    40: mov rax, r8
;;    43: mov rsp, rbp
;;    46: pop rbp
;;    47: ret
;;    48: mov eax, 0x9
;;    4d: jmp $+0x20
;;    52: mov eax, 0x10
;;    57: jmp $+0x0
;;    5c: mov ebx, eax
;;    5e: mov rdi, rbp
;;    61: lea rsi, qword [rip - 0xc]
;;    68: and rsp, -0x10
;;    6c: call qword [r14 + 0x30]
;;    70: mov eax, ebx
;;    72: mov rsp, qword [r13 + 0x8]
;;    76: ret
;;
;; function 3 (111 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x1f
;;    21: mov rbx, rsi
;;    24: mov r8d, ebx
;;    27: and r8d, 0x1
;;    2b: test r8d, r8d
;;    2e: jnz $+0x16
;;    34: lock and word [r15 + rbx * 1], di
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov eax, 0x9
;;    45: jmp $+0x20
;;    4a: mov eax, 0x10
;;    4f: jmp $+0x0
;;    54: mov ebx, eax
;;    56: mov rdi, rbp
;;    59: lea rsi, qword [rip - 0xc]
;;    60: and rsp, -0x10
;;    64: call qword [r14 + 0x30]
;;    68: mov eax, ebx
;;    6a: mov rsp, qword [r13 + 0x8]
;;    6e: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x2c
;;    28: mov x2, x0
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x3
;;    34: cbnz w3, $+0x24
;;    38: add x16, x27, x2
;;    3c: ldaddal w1, w3, [x16]
;;    40: mov w0, w3
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x2c
;;    58: mov w0, #0x10
;;    5c: b $+0x4
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
;;
;; function 1 (124 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x20
;;    28: mov x2, x0
;;    2c: add x16, x27, x2
;;    30: ldsetalb w1, w3, [x16]
;;    34: mov x0, x3
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
;; function 2 (144 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x2c
;;    28: mov x2, x0
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x7
;;    34: cbnz w3, $+0x24
;;    38: add x16, x27, x2
;;    3c: swpal x1, x3, [x16]
;;    40: mov x0, x3
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x2c
;;    58: mov w0, #0x10
;;    5c: b $+0x4
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
;;
;; function 3 (144 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x2c
;;    28: mov x2, x0
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x1
;;    34: cbnz w3, $+0x24
;;    38: add x16, x27, x2
;;    3c: mvn w4, w1
;;    40: ldclralh w4, w3, [x16]
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x2c
;;    58: mov w0, #0x10
;;    5c: b $+0x4
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17

;; ==== aarch64 baseline (ARMv8.0, no LSE) ====
;; function 0 (156 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x38
;;    28: mov x2, x0
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x3
;;    34: cbnz w3, $+0x30
;;    38: add x16, x27, x2
;;    3c: ldaxr w3, [x16]
;;    40: add w4, w3, w1
;;    44: stlxr w17, w4, [x16]
;;    48: cbnz w17, $-0xc
;;    4c: mov w0, w3
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x2c
;;    64: mov w0, #0x10
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
;; function 1 (136 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x2c
;;    28: mov x2, x0
;;    2c: add x16, x27, x2
;;    30: ldaxrb w3, [x16]
;;    34: orr w4, w3, w1
;;    38: stlxrb w17, w4, [x16]
;;    3c: cbnz w17, $-0xc
;;    40: mov x0, x3
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
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
;; function 2 (152 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x34
;;    28: mov x2, x0
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x7
;;    34: cbnz w3, $+0x2c
;;    38: add x16, x27, x2
;;    3c: ldaxr x3, [x16]
;;    40: stlxr w17, x1, [x16]
;;    44: cbnz w17, $-0x8
;;    48: mov x0, x3
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x2c
;;    60: mov w0, #0x10
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
;; function 3 (152 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x34
;;    28: mov x2, x0
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x1
;;    34: cbnz w3, $+0x2c
;;    38: add x16, x27, x2
;;    3c: ldaxrh w3, [x16]
;;    40: and w4, w3, w1
;;    44: stlxrh w17, w4, [x16]
;;    48: cbnz w17, $-0xc
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x2c
;;    60: mov w0, #0x10
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
