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
;; function 0 (114 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x30
;;    1d: mov rbx, qword [r14 + 0x68]
;;    21: mov rbx, qword [rbx]
;;    24: sub rbx, r15
;;    27: add rbx, rsi
;;    2a: mov ebx, dword [r15 + rbx * 1 + 0x4]
;;    2f: mov rdi, qword [r14 + 0x70]
;;    33: mov rdi, qword [rdi]
;;    36: sub rdi, r15
;;    39: add rdi, rsi
;;    3c: mov dword [r15 + rdi * 1 + 0x8], ebx
;;    41: mov esi, dword [r15 + rsi * 1]
;;    45: mov eax, esi
;;    48: mov rsp, rbp
;;    4b: pop rbp
;;    4c: ret
;;    4d: mov eax, 0x9
;;    52: jmp $+0x16
;;    57: mov ebx, eax
;;    59: mov rdi, rbp
;;    5c: lea rsi, qword [rip - 0xc]
;;    63: and rsp, -0x10
;;    67: call qword [r14 + 0x30]
;;    6b: mov eax, ebx
;;    6d: mov rsp, qword [r13 + 0x8]
;;    71: ret
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
;; function 2 (105 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x27
;;    1d: mov dword [rbp - 0x10], esi
;;    20: mov dword [rbp + 0x10], esi
;;    23: mov edx, dword [rbp - 0x10]
;;    26: mov esi, 0x2
;;    2c: mov rdi, r14
;;    2f: mov rbx, qword [r14 + 0x18]
;;    33: mov rbx, qword [rbx]
;;    36: call rbx
;;    39: mov ebx, eax
;;    3c: mov eax, ebx
;;    3f: mov rsp, rbp
;;    42: pop rbp
;;    43: ret
;;    44: mov eax, 0x9
;;    49: jmp $+0x16
;;    4e: mov ebx, eax
;;    50: mov rdi, rbp
;;    53: lea rsi, qword [rip - 0xc]
;;    5a: and rsp, -0x10
;;    5e: call qword [r14 + 0x30]
;;    62: mov eax, ebx
;;    64: mov rsp, qword [r13 + 0x8]
;;    68: ret

;; ==== aarch64 ====
;; function 0 (160 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x48
;;    24: ldr x1, [x28, #0x68]
;;    28: ldr x1, [x1]
;;    2c: sub x1, x1, x27
;;    30: add x1, x1, x0
;;    34: add x16, x1, #0x4
;;    38: ldr w1, [x27, x16]
;;    3c: ldr x2, [x28, #0x70]
;;    40: ldr x2, [x2]
;;    44: sub x2, x2, x27
;;    48: add x2, x2, x0
;;    4c: add x16, x2, #0x8
;;    50: str w1, [x27, x16]
;;    54: ldr w0, [x27, x0]
;;    58: mov w0, w0
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, #0x9
;;    6c: b $+0x24
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
;; function 2 (144 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x38
;;    24: stur w0, [x29, #-0x10]
;;    28: str w0, [x29, #0x10]
;;    2c: ldur w2, [x29, #-0x10]
;;    30: mov w1, #0x2
;;    34: mov x0, x28
;;    38: ldr x3, [x28, #0x18]
;;    3c: ldr x3, [x3]
;;    40: blr x3
;;    44: mov w0, w0
;;    48: mov w0, w0
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x24
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
