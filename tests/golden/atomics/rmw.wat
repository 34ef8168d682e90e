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
;; function 0 (118 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2e
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: mov rdi, rsi
;;    22: mov r8d, edi
;;    25: and r8d, 0x3
;;    29: test r8d, r8d
;;    2c: jnz $+0x1f
;;    32: mov rcx, rbx
;;    35: lock xadd dword [r15 + rdi * 1], ecx
;;    3c: mov r8d, ecx
;;    3f: mov eax, r8d
;;    42: mov rsp, rbp
;;    45: pop rbp
;;    46: ret
;;    47: mov eax, 0x9
;;    4c: jmp $+0x20
;;    51: mov eax, 0x10
;;    56: jmp $+0x0
;;    5b: mov ebx, eax
;;    5d: mov rdi, rbp
;;    60: lea rsi, qword [rip - 0xc]
;;    67: and rsp, -0x10
;;    6b: call qword [r14 + 0x30]
;;    6f: mov eax, ebx
;;    71: mov rsp, qword [r13 + 0x8]
;;    75: ret
;;
;; function 1 (109 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2f
;;    19: mov rbx, qword [rbp + 0x18]
;;    1d: mov esi, dword [rbp + 0x10]
;;    20: mov rdi, rsi
;;    23: movzx eax, byte [r15 + rdi * 1]
;;    29: mov rcx, rax
;;    2c: or rcx, rbx
;;    2f: lock cmpxchg byte [r15 + rdi * 1], cl
;;    36: jnz $-0x13
;;    3c: movzx r8d, al
;;    40: mov rax, r8
;;    43: mov rsp, rbp
;;    46: pop rbp
;;    47: ret
;;    48: mov eax, 0x9
;;    4d: jmp $+0x16
;;    52: mov ebx, eax
;;    54: mov rdi, rbp
;;    57: lea rsi, qword [rip - 0xc]
;;    5e: and rsp, -0x10
;;    62: call qword [r14 + 0x30]
;;    66: mov eax, ebx
;;    68: mov rsp, qword [r13 + 0x8]
;;    6c: ret
;;
;; function 2 (117 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2d
;;    19: mov rbx, qword [rbp + 0x18]
;;    1d: mov esi, dword [rbp + 0x10]
;;    20: mov rdi, rsi
;;    23: mov r8d, edi
;;    26: and r8d, 0x7
;;    2a: test r8d, r8d
;;    2d: jnz $+0x1d
;;    33: mov rcx, rbx
;;    36: xchg qword [r15 + rdi * 1], rcx
;;    3b: mov r8, rcx
;;    3e: mov rax, r8
;;    41: mov rsp, rbp
;;    44: pop rbp
;;    45: ret
;;    46: mov eax, 0x9
;;    4b: jmp $+0x20
;;    50: mov eax, 0x10
;;    55: jmp $+0x0
;;    5a: mov ebx, eax
;;    5c: mov rdi, rbp
;;    5f: lea rsi, qword [rip - 0xc]
;;    66: and rsp, -0x10
;;    6a: call qword [r14 + 0x30]
;;    6e: mov eax, ebx
;;    70: mov rsp, qword [r13 + 0x8]
;;    74: ret
;;
;; function 3 (109 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x25
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: mov rdi, rsi
;;    22: mov r8d, edi
;;    25: and r8d, 0x1
;;    29: test r8d, r8d
;;    2c: jnz $+0x16
;;    32: lock and word [r15 + rdi * 1], bx
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x20
;;    48: mov eax, 0x10
;;    4d: jmp $+0x0
;;    52: mov ebx, eax
;;    54: mov rdi, rbp
;;    57: lea rsi, qword [rip - 0xc]
;;    5e: and rsp, -0x10
;;    62: call qword [r14 + 0x30]
;;    66: mov eax, ebx
;;    68: mov rsp, qword [r13 + 0x8]
;;    6c: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x3
;;    34: cbnz w3, $+0x24
;;    38: add x16, x27, x2
;;    3c: ldaddal w0, w3, [x16]
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
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr x0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: add x16, x27, x2
;;    30: ldsetalb w0, w3, [x16]
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
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr x0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x7
;;    34: cbnz w3, $+0x24
;;    38: add x16, x27, x2
;;    3c: swpal x0, x3, [x16]
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
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x1
;;    34: cbnz w3, $+0x24
;;    38: add x16, x27, x2
;;    3c: mvn w4, w0
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
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x40
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x3
;;    34: cbnz w3, $+0x30
;;    38: add x16, x27, x2
;;    3c: ldaxr w3, [x16]
;;    40: add w4, w3, w0
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
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr x0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: add x16, x27, x2
;;    30: ldaxrb w3, [x16]
;;    34: orr w4, w3, w0
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
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr x0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x7
;;    34: cbnz w3, $+0x2c
;;    38: add x16, x27, x2
;;    3c: ldaxr x3, [x16]
;;    40: stlxr w17, x0, [x16]
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
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x1
;;    34: cbnz w3, $+0x2c
;;    38: add x16, x27, x2
;;    3c: ldaxrh w3, [x16]
;;    40: and w4, w3, w0
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
