;; Compare-exchange: x86-64's lock cmpxchg compares the narrow width only; aarch64
;; truncates the expected value, then loops.
(module
  (memory 1 1 shared)
  (func (param i32 i32 i32) (result i32) (i32.atomic.rmw16.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
  (func (param i32 i64 i64) (result i64) (i64.atomic.rmw.cmpxchg (local.get 0) (local.get 1) (local.get 2))))

;; ==== x64 ====
;; function 0 (130 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8d, dword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x20
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0x2d
;;    26: mov rbx, rsi
;;    29: mov r9d, ebx
;;    2c: and r9d, 0x1
;;    30: test r9d, r9d
;;    33: jnz $+0x24
;;    39: mov rax, rdi
;;    3c: mov rcx, r8
;;    3f: lock cmpxchg word [r15 + rbx * 1], cx
;;    47: movzx r9d, ax
;;    4b: mov eax, r9d
;;    4e: mov rsp, rbp
;;    51: pop rbp
;;    52: ret
;;    53: mov eax, 0x9
;;    58: jmp $+0x20
;;    5d: mov eax, 0x10
;;    62: jmp $+0x0
;;    67: mov ebx, eax
;;    69: mov rdi, rbp
;;    6c: lea rsi, qword [rip - 0xc]
;;    73: and rsp, -0x10
;;    77: call qword [r14 + 0x30]
;;    7b: mov eax, ebx
;;    7d: mov rsp, qword [r13 + 0x8]
;;    81: ret
;;
;; function 1 (129 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: mov r8, qword [rsp + 0x18]
;;     e: push rbp
;;     f: mov rbp, rsp
;;    12: sub rsp, 0x20
;;    19: mov qword [rbp - 0x8], r14
;;    1d: cmp rsp, qword [r13]
;;    21: jb $+0x2b
;;    27: mov rbx, rsi
;;    2a: mov r9d, ebx
;;    2d: and r9d, 0x7
;;    31: test r9d, r9d
;;    34: jnz $+0x22
;;    3a: mov rax, rdi
;;    3d: mov rcx, r8
;;    40: lock cmpxchg qword [r15 + rbx * 1], rcx
;;    47: mov r9, rax
;;    4a: mov rax, r9
;;    4d: mov rsp, rbp
;;    50: pop rbp
;;    51: ret
;;    52: mov eax, 0x9
;;    57: jmp $+0x20
;;    5c: mov eax, 0x10
;;    61: jmp $+0x0
;;    66: mov ebx, eax
;;    68: mov rdi, rbp
;;    6b: lea rsi, qword [rip - 0xc]
;;    72: and rsp, -0x10
;;    76: call qword [r14 + 0x30]
;;    7a: mov eax, ebx
;;    7c: mov rsp, qword [r13 + 0x8]
;;    80: ret

;; ==== aarch64 ====
;; function 0 (156 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: ldr w2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x20
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x34
;;    2c: mov x3, x0
;;    30: mov w4, w3
;;    34: and w4, w4, #0x1
;;    38: cbnz w4, $+0x2c
;;    3c: uxth w5, w1
;;    40: add x16, x27, x3
;;    44: mov w4, w5
;;    48: casalh w4, w2, [x16]
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
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: ldr x2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x20
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x30
;;    2c: mov x3, x0
;;    30: mov w4, w3
;;    34: and w4, w4, #0x7
;;    38: cbnz w4, $+0x28
;;    3c: add x16, x27, x3
;;    40: mov x4, x1
;;    44: casal x4, x2, [x16]
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
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: ldr w2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x20
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x40
;;    2c: mov x3, x0
;;    30: mov w4, w3
;;    34: and w4, w4, #0x1
;;    38: cbnz w4, $+0x38
;;    3c: uxth w5, w1
;;    40: add x16, x27, x3
;;    44: ldaxrh w4, [x16]
;;    48: cmp w4, w5
;;    4c: b.ne $+0xc
;;    50: stlxrh w17, w2, [x16]
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
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: ldr x2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x20
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x3c
;;    2c: mov x3, x0
;;    30: mov w4, w3
;;    34: and w4, w4, #0x7
;;    38: cbnz w4, $+0x34
;;    3c: add x16, x27, x3
;;    40: ldaxr x4, [x16]
;;    44: cmp x4, x1
;;    48: b.ne $+0xc
;;    4c: stlxr w17, x2, [x16]
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
