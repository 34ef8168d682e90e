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
;; function 0 (228 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x84
;;    24: ldr w16, [x29, #0x10]
;;    28: stur w16, [x29, #-0x10]
;;    2c: ldr w16, [x29, #0x18]
;;    30: stur w16, [x29, #-0x18]
;;    34: ldr w16, [x29, #0x20]
;;    38: stur w16, [x29, #-0x20]
;;    3c: ldur w3, [x29, #-0x10]
;;    40: ldur w4, [x29, #-0x18]
;;    44: ldur w5, [x29, #-0x20]
;;    48: mov w1, #0x0
;;    4c: mov w2, #0x0
;;    50: mov x0, x28
;;    54: ldr x6, [x28, #0x18]
;;    58: ldr x6, [x6, #0x8]
;;    5c: blr x6
;;    60: cbnz w0, $+0x4c
;;    64: ldr w16, [x29, #0x10]
;;    68: stur w16, [x29, #-0x10]
;;    6c: ldr w16, [x29, #0x20]
;;    70: stur w16, [x29, #-0x20]
;;    74: ldur w2, [x29, #-0x10]
;;    78: mov w3, #0x0
;;    7c: ldur w4, [x29, #-0x20]
;;    80: mov w1, #0x0
;;    84: mov x0, x28
;;    88: ldr x5, [x28, #0x18]
;;    8c: ldr x5, [x5, #0x10]
;;    90: blr x5
;;    94: cbnz w0, $+0x18
;;    98: mov sp, x29
;;    9c: ldp x29, x30, [sp], #0x10
;;    a0: ret
;;    a4: mov w0, #0x9
;;    a8: b $+0x2c
;;    ac: mov w0, #0x5
;;    b0: b $+0x4
;;    b4: mov w19, w0
;;    b8: mov x0, x29
;;    bc: adr x1, $-0x8
;;    c0: mov x16, sp
;;    c4: and sp, x16, #0xfffffffffffffff0
;;    c8: ldr x17, [x28, #0x30]
;;    cc: blr x17
;;    d0: mov w0, w19
;;    d4: ldr x16, [x26, #0x8]
;;    d8: ldr x17, [x16]
;;    dc: add sp, x16, #0x10
;;    e0: br x17
