;; memory.copy and memory.fill call builtins that may trap out of bounds.
(module (memory 1) (func (param i32 i32 i32)
  (memory.copy (local.get 0) (local.get 1) (local.get 2))
  (memory.fill (local.get 0) (i32.const 0) (local.get 2))))

;; ==== x64 ====
;; function 0 (181 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x6d
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: mov eax, dword [rbp + 0x18]
;;    22: mov dword [rbp - 0x18], eax
;;    25: mov eax, dword [rbp + 0x20]
;;    28: mov dword [rbp - 0x20], eax
;;    2b: mov ecx, dword [rbp - 0x10]
;;    2e: mov r8d, dword [rbp - 0x18]
;;    32: mov r9d, dword [rbp - 0x20]
;;    36: xor esi, esi
;;    39: xor edx, edx
;;    3c: mov rdi, r14
;;    3f: mov rbx, qword [r14 + 0x18]
;;    43: mov rbx, qword [rbx + 0x8]
;;    47: call rbx
;;    4a: test eax, eax
;;    4c: jnz $+0x3e
;;    52: mov eax, dword [rbp + 0x10]
;;    55: mov dword [rbp - 0x10], eax
;;    58: mov eax, dword [rbp + 0x20]
;;    5b: mov dword [rbp - 0x20], eax
;;    5e: mov edx, dword [rbp - 0x10]
;;    61: xor ecx, ecx
;;    64: mov r8d, dword [rbp - 0x20]
;;    68: xor esi, esi
;;    6b: mov rdi, r14
;;    6e: mov rbx, qword [r14 + 0x18]
;;    72: mov rbx, qword [rbx + 0x10]
;;    76: call rbx
;;    79: test eax, eax
;;    7b: jnz $+0xf
;;    81: mov rsp, rbp
;;    84: pop rbp
;;    85: ret
;;    86: mov eax, 0x9
;;    8b: jmp $+0x20
;;    90: mov eax, 0x5
;;    95: jmp $+0x0
;;    9a: mov ebx, eax
;;    9c: mov rdi, rbp
;;    9f: lea rsi, qword [rip - 0xc]
;;    a6: and rsp, -0x10
;;    aa: call qword [r14 + 0x30]
;;    ae: mov eax, ebx
;;    b0: mov rsp, qword [r13 + 0x8]
;;    b4: ret

;; ==== aarch64 ====
;; function 0 (224 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x84
;;    20: ldr w16, [x29, #0x10]
;;    24: stur w16, [x29, #-0x10]
;;    28: ldr w16, [x29, #0x18]
;;    2c: stur w16, [x29, #-0x18]
;;    30: ldr w16, [x29, #0x20]
;;    34: stur w16, [x29, #-0x20]
;;    38: ldur w3, [x29, #-0x10]
;;    3c: ldur w4, [x29, #-0x18]
;;    40: ldur w5, [x29, #-0x20]
;;    44: mov w1, #0x0
;;    48: mov w2, #0x0
;;    4c: mov x0, x28
;;    50: ldr x6, [x28, #0x18]
;;    54: ldr x6, [x6, #0x8]
;;    58: blr x6
;;    5c: cbnz w0, $+0x4c
;;    60: ldr w16, [x29, #0x10]
;;    64: stur w16, [x29, #-0x10]
;;    68: ldr w16, [x29, #0x20]
;;    6c: stur w16, [x29, #-0x20]
;;    70: ldur w2, [x29, #-0x10]
;;    74: mov w3, #0x0
;;    78: ldur w4, [x29, #-0x20]
;;    7c: mov w1, #0x0
;;    80: mov x0, x28
;;    84: ldr x5, [x28, #0x18]
;;    88: ldr x5, [x5, #0x10]
;;    8c: blr x5
;;    90: cbnz w0, $+0x18
;;    94: mov sp, x29
;;    98: ldp x29, x30, [sp], #0x10
;;    9c: ret
;;    a0: mov w0, #0x9
;;    a4: b $+0x2c
;;    a8: mov w0, #0x5
;;    ac: b $+0x4
;;    b0: mov w19, w0
;;    b4: mov x0, x29
;;    b8: adr x1, $-0x8
;;    bc: mov x16, sp
;;    c0: and sp, x16, #0xfffffffffffffff0
;;    c4: ldr x17, [x28, #0x30]
;;    c8: blr x17
;;    cc: mov w0, w19
;;    d0: ldr x16, [x26, #0x8]
;;    d4: ldr x17, [x16]
;;    d8: add sp, x16, #0x10
;;    dc: br x17
