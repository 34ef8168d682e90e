;; A load from memory 1 and a store to memory 2: memory 0 keeps the pinned base register;
;; another memory's base comes from the vmctx and is rebased onto memory 0's, so the one heap
;; addressing form (and its guard pages, one reservation per memory) serves every memory.
(module
  (memory 1) (memory 1) (memory 1)
  (func (param i32) (result i32)
    (i32.store 2 offset=8 (local.get 0) (i32.load 1 offset=4 (local.get 0)))
    (i32.load 0 (local.get 0)))
  (func (result i32) (memory.size 1))
  (func (param i32) (result i32) (memory.grow 2 (local.get 0))))

;; ==== x64 ====
;; function 0 (116 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x36
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov rsi, qword [r14 + 0x68]
;;    20: mov rsi, qword [rsi]
;;    23: sub rsi, r15
;;    26: add rsi, rbx
;;    29: mov esi, dword [r15 + rsi * 1 + 0x4]
;;    2e: mov edi, dword [rbp + 0x10]
;;    31: mov r8, qword [r14 + 0x70]
;;    35: mov r8, qword [r8]
;;    38: sub r8, r15
;;    3b: add r8, rdi
;;    3e: mov dword [r15 + r8 * 1 + 0x8], esi
;;    43: mov ebx, dword [r15 + rbx * 1]
;;    47: mov eax, ebx
;;    4a: mov rsp, rbp
;;    4d: pop rbp
;;    4e: ret
;;    4f: mov eax, 0x9
;;    54: jmp $+0x16
;;    59: mov ebx, eax
;;    5b: mov rdi, rbp
;;    5e: lea rsi, qword [rip - 0xc]
;;    65: and rsp, -0x10
;;    69: call qword [r14 + 0x30]
;;    6d: mov eax, ebx
;;    6f: mov rsp, qword [r13 + 0x8]
;;    73: ret
;;
;; function 1 (82 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x14
;;    19: mov rbx, qword [r14 + 0x68]
;;    1d: mov rbx, qword [rbx + 0x8]
;;    21: shr rbx, 0x10
;;    25: mov eax, ebx
;;    28: mov rsp, rbp
;;    2b: pop rbp
;;    2c: ret
;;    2d: mov eax, 0x9
;;    32: jmp $+0x16
;;    37: mov ebx, eax
;;    39: mov rdi, rbp
;;    3c: lea rsi, qword [rip - 0xc]
;;    43: and rsp, -0x10
;;    47: call qword [r14 + 0x30]
;;    4b: mov eax, ebx
;;    4d: mov rsp, qword [r13 + 0x8]
;;    51: ret
;;
;; function 2 (101 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x27
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: mov edx, dword [rbp - 0x10]
;;    22: mov esi, 0x2
;;    28: mov rdi, r14
;;    2b: mov rbx, qword [r14 + 0x18]
;;    2f: mov rbx, qword [rbx]
;;    32: call rbx
;;    35: mov ebx, eax
;;    38: mov eax, ebx
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov eax, 0x9
;;    45: jmp $+0x16
;;    4a: mov ebx, eax
;;    4c: mov rdi, rbp
;;    4f: lea rsi, qword [rip - 0xc]
;;    56: and rsp, -0x10
;;    5a: call qword [r14 + 0x30]
;;    5e: mov eax, ebx
;;    60: mov rsp, qword [r13 + 0x8]
;;    64: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x50
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr x1, [x28, #0x68]
;;    28: ldr x1, [x1]
;;    2c: sub x1, x1, x27
;;    30: add x1, x1, x0
;;    34: add x16, x1, #0x4
;;    38: ldr w1, [x27, x16]
;;    3c: ldr w2, [x29, #0x10]
;;    40: ldr x3, [x28, #0x70]
;;    44: ldr x3, [x3]
;;    48: sub x3, x3, x27
;;    4c: add x3, x3, x2
;;    50: add x16, x3, #0x8
;;    54: str w1, [x27, x16]
;;    58: ldr w0, [x27, x0]
;;    5c: mov w0, w0
;;    60: mov sp, x29
;;    64: ldp x29, x30, [sp], #0x10
;;    68: ret
;;    6c: mov w0, #0x9
;;    70: b $+0x24
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
;;
;; function 1 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr x0, [x28, #0x68]
;;    24: ldr x0, [x0, #0x8]
;;    28: lsr x0, x0, #0x10
;;    2c: mov w0, w0
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
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
;; function 2 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr w16, [x29, #0x10]
;;    24: stur w16, [x29, #-0x10]
;;    28: ldur w2, [x29, #-0x10]
;;    2c: mov w1, #0x2
;;    30: mov x0, x28
;;    34: ldr x3, [x28, #0x18]
;;    38: ldr x3, [x3]
;;    3c: blr x3
;;    40: mov w0, w0
;;    44: mov w0, w0
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
