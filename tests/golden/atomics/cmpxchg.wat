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
;; function 0 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x40
;;    20: ldr w0, [x29, #0x20]
;;    24: ldr w1, [x29, #0x18]
;;    28: ldr w2, [x29, #0x10]
;;    2c: mov x3, x2
;;    30: mov w4, w3
;;    34: and w4, w4, #0x1
;;    38: cbnz w4, $+0x2c
;;    3c: uxth w5, w1
;;    40: add x16, x27, x3
;;    44: mov w4, w5
;;    48: casalh w4, w0, [x16]
;;    4c: mov w0, w4
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
;; function 1 (152 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr x0, [x29, #0x20]
;;    24: ldr x1, [x29, #0x18]
;;    28: ldr w2, [x29, #0x10]
;;    2c: mov x3, x2
;;    30: mov w4, w3
;;    34: and w4, w4, #0x7
;;    38: cbnz w4, $+0x28
;;    3c: add x16, x27, x3
;;    40: mov x4, x1
;;    44: casal x4, x0, [x16]
;;    48: mov x0, x4
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

;; ==== aarch64 baseline (ARMv8.0, no LSE) ====
;; function 0 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x4c
;;    20: ldr w0, [x29, #0x20]
;;    24: ldr w1, [x29, #0x18]
;;    28: ldr w2, [x29, #0x10]
;;    2c: mov x3, x2
;;    30: mov w4, w3
;;    34: and w4, w4, #0x1
;;    38: cbnz w4, $+0x38
;;    3c: uxth w5, w1
;;    40: add x16, x27, x3
;;    44: ldaxrh w4, [x16]
;;    48: cmp w4, w5
;;    4c: b.ne $+0xc
;;    50: stlxrh w17, w0, [x16]
;;    54: cbnz w17, $-0x10
;;    58: mov w0, w4
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
;;
;; function 1 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x48
;;    20: ldr x0, [x29, #0x20]
;;    24: ldr x1, [x29, #0x18]
;;    28: ldr w2, [x29, #0x10]
;;    2c: mov x3, x2
;;    30: mov w4, w3
;;    34: and w4, w4, #0x7
;;    38: cbnz w4, $+0x34
;;    3c: add x16, x27, x3
;;    40: ldaxr x4, [x16]
;;    44: cmp x4, x1
;;    48: b.ne $+0xc
;;    4c: stlxr w17, x0, [x16]
;;    50: cbnz w17, $-0x10
;;    54: mov x0, x4
;;    58: mov sp, x29
;;    5c: ldp x29, x30, [sp], #0x10
;;    60: ret
;;    64: mov w0, #0x9
;;    68: b $+0x2c
;;    6c: mov w0, #0x10
;;    70: b $+0x4
;;    74: mov w19, w0
;;    78: mov x0, x29
;;    7c: adr x1, $-0x8
;;    80: mov x16, sp
;;    84: and sp, x16, #0xfffffffffffffff0
;;    88: ldr x17, [x28, #0x30]
;;    8c: blr x17
;;    90: mov w0, w19
;;    94: ldr x16, [x26, #0x8]
;;    98: ldr x17, [x16]
;;    9c: add sp, x16, #0x10
;;    a0: br x17
