;; wait and notify: alignment check, a probe load of the last byte (bounds), then the
;; builtin; wait traps on the builtin's "not shared" answer. The fence is mfence / dmb ish.
(module
  (memory 1 1 shared)
  (func (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
  (func (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1)))
  (func (atomic.fence)))

;; ==== x64 ====
;; function 0 (211 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8, qword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x20
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0x6a
;;    26: mov rbx, rsi
;;    29: mov r9d, ebx
;;    2c: and r9d, 0x3
;;    30: test r9d, r9d
;;    33: jnz $+0x61
;;    39: movzx r9d, byte [r15 + rbx * 1 + 0x3]
;;    3f: mov qword [rbp - 0x10], rbx
;;    43: mov dword [rbp - 0x18], edi
;;    46: mov qword [rbp - 0x20], r8
;;    4a: mov dword [rbp + 0x10], esi
;;    4d: mov rcx, qword [rbp - 0x10]
;;    51: mov r8d, dword [rbp - 0x18]
;;    55: mov r9, qword [rbp - 0x20]
;;    59: xor esi, esi
;;    5c: mov edx, 0x4
;;    62: mov rdi, r14
;;    65: mov rbx, qword [r14 + 0x18]
;;    69: mov rbx, qword [rbx + 0xa0]
;;    70: call rbx
;;    73: mov ebx, eax
;;    76: cmp ebx, 0x3
;;    79: jz $+0x25
;;    7f: cmp ebx, 0x4
;;    82: jz $+0x26
;;    88: mov eax, ebx
;;    8b: mov rsp, rbp
;;    8e: pop rbp
;;    8f: ret
;;    90: mov eax, 0x9
;;    95: jmp $+0x34
;;    9a: mov eax, 0x10
;;    9f: jmp $+0x14
;;    a4: mov eax, 0x11
;;    a9: jmp $+0xa
;;    ae: mov eax, 0xd
;;    b3: jmp $+0x0
;;    b8: mov ebx, eax
;;    ba: mov rdi, rbp
;;    bd: lea rsi, qword [rip - 0xc]
;;    c4: and rsp, -0x10
;;    c8: call qword [r14 + 0x30]
;;    cc: mov eax, ebx
;;    ce: mov rsp, qword [r13 + 0x8]
;;    d2: ret
;;
;; function 1 (153 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x49
;;    21: mov rbx, rsi
;;    24: mov r8d, ebx
;;    27: and r8d, 0x3
;;    2b: test r8d, r8d
;;    2e: jnz $+0x40
;;    34: movzx r8d, byte [r15 + rbx * 1 + 0x3]
;;    3a: mov qword [rbp - 0x10], rbx
;;    3e: mov dword [rbp - 0x18], edi
;;    41: mov dword [rbp + 0x10], esi
;;    44: mov rdx, qword [rbp - 0x10]
;;    48: mov ecx, dword [rbp - 0x18]
;;    4b: xor esi, esi
;;    4e: mov rdi, r14
;;    51: mov rbx, qword [r14 + 0x18]
;;    55: mov rbx, qword [rbx + 0xa8]
;;    5c: call rbx
;;    5f: mov ebx, eax
;;    62: mov eax, ebx
;;    65: mov rsp, rbp
;;    68: pop rbp
;;    69: ret
;;    6a: mov eax, 0x9
;;    6f: jmp $+0x20
;;    74: mov eax, 0x10
;;    79: jmp $+0x0
;;    7e: mov ebx, eax
;;    80: mov rdi, rbp
;;    83: lea rsi, qword [rip - 0xc]
;;    8a: and rsp, -0x10
;;    8e: call qword [r14 + 0x30]
;;    92: mov eax, ebx
;;    94: mov rsp, qword [r13 + 0x8]
;;    98: ret
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
;; function 0 (236 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: ldr x2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x20
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x74
;;    2c: mov x3, x0
;;    30: mov w4, w3
;;    34: and w4, w4, #0x3
;;    38: cbnz w4, $+0x6c
;;    3c: add x16, x3, #0x3
;;    40: ldrb w4, [x27, x16]
;;    44: stur x3, [x29, #-0x10]
;;    48: stur w1, [x29, #-0x18]
;;    4c: stur x2, [x29, #-0x20]
;;    50: str w0, [x29, #0x10]
;;    54: ldur x3, [x29, #-0x10]
;;    58: ldur w4, [x29, #-0x18]
;;    5c: ldur x5, [x29, #-0x20]
;;    60: mov w1, #0x0
;;    64: mov w2, #0x4
;;    68: mov x0, x28
;;    6c: ldr x6, [x28, #0x18]
;;    70: ldr x6, [x6, #0xa0]
;;    74: blr x6
;;    78: mov w0, w0
;;    7c: cmp w0, #0x3
;;    80: b.eq $+0x2c
;;    84: cmp w0, #0x4
;;    88: b.eq $+0x2c
;;    8c: mov w0, w0
;;    90: mov sp, x29
;;    94: ldp x29, x30, [sp], #0x10
;;    98: ret
;;    9c: mov w0, #0x9
;;    a0: b $+0x3c
;;    a4: mov w0, #0x10
;;    a8: b $+0x14
;;    ac: mov w0, #0x11
;;    b0: b $+0xc
;;    b4: mov w0, #0xd
;;    b8: b $+0x4
;;    bc: mov w19, w0
;;    c0: mov x0, x29
;;    c4: adr x1, $-0x8
;;    c8: mov x16, sp
;;    cc: and sp, x16, #0xfffffffffffffff0
;;    d0: ldr x17, [x28, #0x30]
;;    d4: blr x17
;;    d8: mov w0, w19
;;    dc: ldr x16, [x26, #0x8]
;;    e0: ldr x17, [x16]
;;    e4: add sp, x16, #0x10
;;    e8: br x17
;;
;; function 1 (188 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x58
;;    28: mov x2, x0
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x3
;;    34: cbnz w3, $+0x50
;;    38: add x16, x2, #0x3
;;    3c: ldrb w3, [x27, x16]
;;    40: stur x2, [x29, #-0x10]
;;    44: stur w1, [x29, #-0x18]
;;    48: str w0, [x29, #0x10]
;;    4c: ldur x2, [x29, #-0x10]
;;    50: ldur w3, [x29, #-0x18]
;;    54: mov w1, #0x0
;;    58: mov x0, x28
;;    5c: ldr x4, [x28, #0x18]
;;    60: ldr x4, [x4, #0xa8]
;;    64: blr x4
;;    68: mov w0, w0
;;    6c: mov w0, w0
;;    70: mov sp, x29
;;    74: ldp x29, x30, [sp], #0x10
;;    78: ret
;;    7c: mov w0, #0x9
;;    80: b $+0x2c
;;    84: mov w0, #0x10
;;    88: b $+0x4
;;    8c: mov w19, w0
;;    90: mov x0, x29
;;    94: adr x1, $-0x8
;;    98: mov x16, sp
;;    9c: and sp, x16, #0xfffffffffffffff0
;;    a0: ldr x17, [x28, #0x30]
;;    a4: blr x17
;;    a8: mov w0, w19
;;    ac: ldr x16, [x26, #0x8]
;;    b0: ldr x17, [x16]
;;    b4: add sp, x16, #0x10
;;    b8: br x17
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
