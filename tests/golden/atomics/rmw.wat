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
;; function 0 (116 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2c
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: mov rdi, rsi
;;    22: mov esi, edi
;;    25: and esi, 0x3
;;    28: test esi, esi
;;    2a: jnz $+0x1f
;;    30: mov rcx, rbx
;;    33: lock xadd dword [r15 + rdi * 1], ecx
;;    3a: mov esi, ecx
;;    3d: mov eax, esi
;;    40: mov rsp, rbp
;;    43: pop rbp
;;    44: ret
;;    45: mov eax, 0x9
;;    4a: jmp $+0x20
;;    4f: mov eax, 0x10
;;    54: jmp $+0x0
;;    59: mov ebx, eax
;;    5b: mov rdi, rbp
;;    5e: lea rsi, qword [rip - 0xc]
;;    65: and rsp, -0x10
;;    69: call qword [r14 + 0x30]
;;    6d: mov eax, ebx
;;    6f: mov rsp, qword [r13 + 0x8]
;;    73: ret
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
;;    3c: movzx esi, al
;;    40: mov rax, rsi
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
;; function 2 (115 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2b
;;    19: mov rbx, qword [rbp + 0x18]
;;    1d: mov esi, dword [rbp + 0x10]
;;    20: mov rdi, rsi
;;    23: mov esi, edi
;;    26: and esi, 0x7
;;    29: test esi, esi
;;    2b: jnz $+0x1d
;;    31: mov rcx, rbx
;;    34: xchg qword [r15 + rdi * 1], rcx
;;    39: mov rsi, rcx
;;    3c: mov rax, rsi
;;    3f: mov rsp, rbp
;;    42: pop rbp
;;    43: ret
;;    44: mov eax, 0x9
;;    49: jmp $+0x20
;;    4e: mov eax, 0x10
;;    53: jmp $+0x0
;;    58: mov ebx, eax
;;    5a: mov rdi, rbp
;;    5d: lea rsi, qword [rip - 0xc]
;;    64: and rsp, -0x10
;;    68: call qword [r14 + 0x30]
;;    6c: mov eax, ebx
;;    6e: mov rsp, qword [r13 + 0x8]
;;    72: ret
;;
;; function 3 (107 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x23
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: mov rdi, rsi
;;    22: mov esi, edi
;;    25: and esi, 0x1
;;    28: test esi, esi
;;    2a: jnz $+0x16
;;    30: lock and word [r15 + rdi * 1], bx
;;    37: mov rsp, rbp
;;    3a: pop rbp
;;    3b: ret
;;    3c: mov eax, 0x9
;;    41: jmp $+0x20
;;    46: mov eax, 0x10
;;    4b: jmp $+0x0
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret

;; ==== aarch64 ====
;; function 0 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr w0, [x29, #0x18]
;;    28: ldr w1, [x29, #0x10]
;;    2c: mov x2, x1
;;    30: mov w1, w2
;;    34: and w1, w1, #0x3
;;    38: cbnz w1, $+0x24
;;    3c: add x16, x27, x2
;;    40: ldaddal w0, w1, [x16]
;;    44: mov w0, w1
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x2c
;;    5c: mov w0, #0x10
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
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x28
;;    24: ldr x0, [x29, #0x18]
;;    28: ldr w1, [x29, #0x10]
;;    2c: mov x2, x1
;;    30: add x16, x27, x2
;;    34: ldsetalb w0, w1, [x16]
;;    38: mov x0, x1
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
;; function 2 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr x0, [x29, #0x18]
;;    28: ldr w1, [x29, #0x10]
;;    2c: mov x2, x1
;;    30: mov w1, w2
;;    34: and w1, w1, #0x7
;;    38: cbnz w1, $+0x24
;;    3c: add x16, x27, x2
;;    40: swpal x0, x1, [x16]
;;    44: mov x0, x1
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x2c
;;    5c: mov w0, #0x10
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
;; function 3 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr w0, [x29, #0x18]
;;    28: ldr w1, [x29, #0x10]
;;    2c: mov x2, x1
;;    30: mov w1, w2
;;    34: and w1, w1, #0x1
;;    38: cbnz w1, $+0x24
;;    3c: add x16, x27, x2
;;    40: mvn w3, w0
;;    44: ldclralh w3, w1, [x16]
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x2c
;;    5c: mov w0, #0x10
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

;; ==== aarch64 baseline (ARMv8.0, no LSE) ====
;; function 0 (160 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x40
;;    24: ldr w0, [x29, #0x18]
;;    28: ldr w1, [x29, #0x10]
;;    2c: mov x2, x1
;;    30: mov w1, w2
;;    34: and w1, w1, #0x3
;;    38: cbnz w1, $+0x30
;;    3c: add x16, x27, x2
;;    40: ldaxr w1, [x16]
;;    44: add w3, w1, w0
;;    48: stlxr w17, w3, [x16]
;;    4c: cbnz w17, $-0xc
;;    50: mov w0, w1
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov w0, #0x9
;;    64: b $+0x2c
;;    68: mov w0, #0x10
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
;; function 1 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr x0, [x29, #0x18]
;;    28: ldr w1, [x29, #0x10]
;;    2c: mov x2, x1
;;    30: add x16, x27, x2
;;    34: ldaxrb w1, [x16]
;;    38: orr w3, w1, w0
;;    3c: stlxrb w17, w3, [x16]
;;    40: cbnz w17, $-0xc
;;    44: mov x0, x1
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x24
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
;;
;; function 2 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: ldr x0, [x29, #0x18]
;;    28: ldr w1, [x29, #0x10]
;;    2c: mov x2, x1
;;    30: mov w1, w2
;;    34: and w1, w1, #0x7
;;    38: cbnz w1, $+0x2c
;;    3c: add x16, x27, x2
;;    40: ldaxr x1, [x16]
;;    44: stlxr w17, x0, [x16]
;;    48: cbnz w17, $-0x8
;;    4c: mov x0, x1
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
;; function 3 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: ldr w0, [x29, #0x18]
;;    28: ldr w1, [x29, #0x10]
;;    2c: mov x2, x1
;;    30: mov w1, w2
;;    34: and w1, w1, #0x1
;;    38: cbnz w1, $+0x2c
;;    3c: add x16, x27, x2
;;    40: ldaxrh w1, [x16]
;;    44: and w3, w1, w0
;;    48: stlxrh w17, w3, [x16]
;;    4c: cbnz w17, $-0xc
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
