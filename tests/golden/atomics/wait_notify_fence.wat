;; wait and notify: alignment check, a probe load of the last byte (bounds), then the
;; builtin; wait traps on the builtin's "not shared" answer. The fence is mfence / dmb ish.
(module
  (memory 1 1 shared)
  (func (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
  (func (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1)))
  (func (atomic.fence)))

;; ==== x64 ====
;; function 0 (205 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x71
;;    19: mov rbx, qword [rbp + 0x20]
;;    1d: mov esi, dword [rbp + 0x18]
;;    20: mov edi, dword [rbp + 0x10]
;;    23: mov r8, rdi
;;    26: mov r9d, r8d
;;    29: and r9d, 0x3
;;    2d: test r9d, r9d
;;    30: jnz $+0x5e
;;    36: movzx r9d, byte [r15 + r8 * 1 + 0x3]
;;    3c: mov qword [rbp - 0x10], r8
;;    40: mov dword [rbp - 0x18], esi
;;    43: mov qword [rbp - 0x20], rbx
;;    47: mov rcx, qword [rbp - 0x10]
;;    4b: mov r8d, dword [rbp - 0x18]
;;    4f: mov r9, qword [rbp - 0x20]
;;    53: xor esi, esi
;;    56: mov edx, 0x4
;;    5c: mov rdi, r14
;;    5f: mov rbx, qword [r14 + 0x18]
;;    63: mov rbx, qword [rbx + 0xa0]
;;    6a: call rbx
;;    6d: mov ebx, eax
;;    70: cmp ebx, 0x3
;;    73: jz $+0x25
;;    79: cmp ebx, 0x4
;;    7c: jz $+0x26
;;    82: mov eax, ebx
;;    85: mov rsp, rbp
;;    88: pop rbp
;;    89: ret
;;    8a: mov eax, 0x9
;;    8f: jmp $+0x34
;;    94: mov eax, 0x10
;;    99: jmp $+0x14
;;    9e: mov eax, 0x11
;;    a3: jmp $+0xa
;;    a8: mov eax, 0xd
;;    ad: jmp $+0x0
;;    b2: mov ebx, eax
;;    b4: mov rdi, rbp
;;    b7: lea rsi, qword [rip - 0xc]
;;    be: and rsp, -0x10
;;    c2: call qword [r14 + 0x30]
;;    c6: mov eax, ebx
;;    c8: mov rsp, qword [r13 + 0x8]
;;    cc: ret
;;
;; function 1 (148 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x4c
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: mov rdi, rsi
;;    22: mov r8d, edi
;;    25: and r8d, 0x3
;;    29: test r8d, r8d
;;    2c: jnz $+0x3d
;;    32: movzx r8d, byte [r15 + rdi * 1 + 0x3]
;;    38: mov qword [rbp - 0x10], rdi
;;    3c: mov dword [rbp - 0x18], ebx
;;    3f: mov rdx, qword [rbp - 0x10]
;;    43: mov ecx, dword [rbp - 0x18]
;;    46: xor esi, esi
;;    49: mov rdi, r14
;;    4c: mov rbx, qword [r14 + 0x18]
;;    50: mov rbx, qword [rbx + 0xa8]
;;    57: call rbx
;;    5a: mov ebx, eax
;;    5d: mov eax, ebx
;;    60: mov rsp, rbp
;;    63: pop rbp
;;    64: ret
;;    65: mov eax, 0x9
;;    6a: jmp $+0x20
;;    6f: mov eax, 0x10
;;    74: jmp $+0x0
;;    79: mov ebx, eax
;;    7b: mov rdi, rbp
;;    7e: lea rsi, qword [rip - 0xc]
;;    85: and rsp, -0x10
;;    89: call qword [r14 + 0x30]
;;    8d: mov eax, ebx
;;    8f: mov rsp, qword [r13 + 0x8]
;;    93: ret
;;
;; function 2 (70 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x8
;;    19: mfence
;;    1c: mov rsp, rbp
;;    1f: pop rbp
;;    20: ret
;;    21: mov eax, 0x9
;;    26: jmp $+0x16
;;    2b: mov ebx, eax
;;    2d: mov rdi, rbp
;;    30: lea rsi, qword [rip - 0xc]
;;    37: and rsp, -0x10
;;    3b: call qword [r14 + 0x30]
;;    3f: mov eax, ebx
;;    41: mov rsp, qword [r13 + 0x8]
;;    45: ret

;; ==== aarch64 ====
;; function 0 (232 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x7c
;;    20: ldr x0, [x29, #0x20]
;;    24: ldr w1, [x29, #0x18]
;;    28: ldr w2, [x29, #0x10]
;;    2c: mov x3, x2
;;    30: mov w4, w3
;;    34: and w4, w4, #0x3
;;    38: cbnz w4, $+0x68
;;    3c: add x16, x3, #0x3
;;    40: ldrb w4, [x27, x16]
;;    44: stur x3, [x29, #-0x10]
;;    48: stur w1, [x29, #-0x18]
;;    4c: stur x0, [x29, #-0x20]
;;    50: ldur x3, [x29, #-0x10]
;;    54: ldur w4, [x29, #-0x18]
;;    58: ldur x5, [x29, #-0x20]
;;    5c: mov w1, #0x0
;;    60: mov w2, #0x4
;;    64: mov x0, x28
;;    68: ldr x6, [x28, #0x18]
;;    6c: ldr x6, [x6, #0xa0]
;;    70: blr x6
;;    74: mov w0, w0
;;    78: cmp w0, #0x3
;;    7c: b.eq $+0x2c
;;    80: cmp w0, #0x4
;;    84: b.eq $+0x2c
;;    88: mov w0, w0
;;    8c: mov sp, x29
;;    90: ldp x29, x30, [sp], #0x10
;;    94: ret
;;    98: mov w0, #0x9
;;    9c: b $+0x3c
;;    a0: mov w0, #0x10
;;    a4: b $+0x14
;;    a8: mov w0, #0x11
;;    ac: b $+0xc
;;    b0: mov w0, #0xd
;;    b4: b $+0x4
;;    b8: mov w19, w0
;;    bc: mov x0, x29
;;    c0: adr x1, $-0x8
;;    c4: mov x16, sp
;;    c8: and sp, x16, #0xfffffffffffffff0
;;    cc: ldr x17, [x28, #0x30]
;;    d0: blr x17
;;    d4: mov w0, w19
;;    d8: ldr x16, [x26, #0x8]
;;    dc: ldr x17, [x16]
;;    e0: add sp, x16, #0x10
;;    e4: br x17
;;
;; function 1 (184 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x5c
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x3
;;    34: cbnz w3, $+0x4c
;;    38: add x16, x2, #0x3
;;    3c: ldrb w3, [x27, x16]
;;    40: stur x2, [x29, #-0x10]
;;    44: stur w0, [x29, #-0x18]
;;    48: ldur x2, [x29, #-0x10]
;;    4c: ldur w3, [x29, #-0x18]
;;    50: mov w1, #0x0
;;    54: mov x0, x28
;;    58: ldr x4, [x28, #0x18]
;;    5c: ldr x4, [x4, #0xa8]
;;    60: blr x4
;;    64: mov w0, w0
;;    68: mov w0, w0
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: mov w0, #0x9
;;    7c: b $+0x2c
;;    80: mov w0, #0x10
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
;; function 2 (104 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x14
;;    20: dmb ish
;;    24: mov sp, x29
;;    28: ldp x29, x30, [sp], #0x10
;;    2c: ret
;;    30: mov w0, #0x9
;;    34: b $+0x24
;;    38: mov w19, w0
;;    3c: mov x0, x29
;;    40: adr x1, $-0x8
;;    44: mov x16, sp
;;    48: and sp, x16, #0xfffffffffffffff0
;;    4c: ldr x17, [x28, #0x30]
;;    50: blr x17
;;    54: mov w0, w19
;;    58: ldr x16, [x26, #0x8]
;;    5c: ldr x17, [x16]
;;    60: add sp, x16, #0x10
;;    64: br x17
