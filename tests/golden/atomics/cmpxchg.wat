;; Compare-exchange: x86-64's lock cmpxchg compares the narrow width only; aarch64
;; truncates the expected value, then loops.
(module
  (memory 1 1 shared)
  (func (param i32 i32 i32) (result i32) (i32.atomic.rmw16.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
  (func (param i32 i64 i64) (result i64) (i64.atomic.rmw.cmpxchg (local.get 0) (local.get 1) (local.get 2))))

;; ==== x64 ====
;; function 0 (126 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x36
;;    19: mov ebx, dword [rbp + 0x20]
;;    1c: mov esi, dword [rbp + 0x18]
;;    1f: mov edi, dword [rbp + 0x10]
;;    22: mov r8, rdi
;;    25: mov r9d, r8d
;;    28: and r9d, 0x1
;;    2c: test r9d, r9d
;;    2f: jnz $+0x24
;;    35: mov rax, rsi
;;    38: mov rcx, rbx
;;    3b: lock cmpxchg word [r15 + r8 * 1], cx
;;    43: movzx r9d, ax
;;    47: mov eax, r9d
;;    4a: mov rsp, rbp
;;    4d: pop rbp
;;    4e: ret
;;    4f: mov eax, 0x9
;;    54: jmp $+0x20
;;    59: mov eax, 0x10
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
;; function 1 (126 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x36
;;    19: mov rbx, qword [rbp + 0x20]
;;    1d: mov rsi, qword [rbp + 0x18]
;;    21: mov edi, dword [rbp + 0x10]
;;    24: mov r8, rdi
;;    27: mov r9d, r8d
;;    2a: and r9d, 0x7
;;    2e: test r9d, r9d
;;    31: jnz $+0x22
;;    37: mov rax, rsi
;;    3a: mov rcx, rbx
;;    3d: lock cmpxchg qword [r15 + r8 * 1], rcx
;;    44: mov r9, rax
;;    47: mov rax, r9
;;    4a: mov rsp, rbp
;;    4d: pop rbp
;;    4e: ret
;;    4f: mov eax, 0x9
;;    54: jmp $+0x20
;;    59: mov eax, 0x10
;;    5e: jmp $+0x0
;;    63: mov ebx, eax
;;    65: mov rdi, rbp
;;    68: lea rsi, qword [rip - 0xc]
;;    6f: and rsp, -0x10
;;    73: call qword [r14 + 0x30]
;;    77: mov eax, ebx
;;    79: mov rsp, qword [r13 + 0x8]
;;    7d: ret

;; ==== aarch64 ====
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
;;    24: ldr w0, [x29, #0x20]
;;    28: ldr w1, [x29, #0x18]
;;    2c: ldr w2, [x29, #0x10]
;;    30: mov x3, x2
;;    34: mov w4, w3
;;    38: and w4, w4, #0x1
;;    3c: cbnz w4, $+0x2c
;;    40: uxth w5, w1
;;    44: add x16, x27, x3
;;    48: mov w4, w5
;;    4c: casalh w4, w0, [x16]
;;    50: mov w0, w4
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
;; function 1 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: ldr x0, [x29, #0x20]
;;    28: ldr x1, [x29, #0x18]
;;    2c: ldr w2, [x29, #0x10]
;;    30: mov x3, x2
;;    34: mov w4, w3
;;    38: and w4, w4, #0x7
;;    3c: cbnz w4, $+0x28
;;    40: add x16, x27, x3
;;    44: mov x4, x1
;;    48: casal x4, x0, [x16]
;;    4c: mov x0, x4
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

;; ==== aarch64 baseline (ARMv8.0, no LSE) ====
;; function 0 (172 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x4c
;;    24: ldr w0, [x29, #0x20]
;;    28: ldr w1, [x29, #0x18]
;;    2c: ldr w2, [x29, #0x10]
;;    30: mov x3, x2
;;    34: mov w4, w3
;;    38: and w4, w4, #0x1
;;    3c: cbnz w4, $+0x38
;;    40: uxth w5, w1
;;    44: add x16, x27, x3
;;    48: ldaxrh w4, [x16]
;;    4c: cmp w4, w5
;;    50: b.ne $+0xc
;;    54: stlxrh w17, w0, [x16]
;;    58: cbnz w17, $-0x10
;;    5c: mov w0, w4
;;    60: mov sp, x29
;;    64: ldp x29, x30, [sp], #0x10
;;    68: ret
;;    6c: mov w0, #0x9
;;    70: b $+0x2c
;;    74: mov w0, #0x10
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
;; function 1 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x48
;;    24: ldr x0, [x29, #0x20]
;;    28: ldr x1, [x29, #0x18]
;;    2c: ldr w2, [x29, #0x10]
;;    30: mov x3, x2
;;    34: mov w4, w3
;;    38: and w4, w4, #0x7
;;    3c: cbnz w4, $+0x34
;;    40: add x16, x27, x3
;;    44: ldaxr x4, [x16]
;;    48: cmp x4, x1
;;    4c: b.ne $+0xc
;;    50: stlxr w17, x0, [x16]
;;    54: cbnz w17, $-0x10
;;    58: mov x0, x4
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, #0x9
;;    6c: b $+0x2c
;;    70: mov w0, #0x10
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
