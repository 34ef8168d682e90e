;; memory.copy and memory.fill call builtins that may trap out of bounds.
(module (memory 1) (func (param i32 i32 i32)
  (memory.copy (local.get 0) (local.get 1) (local.get 2))
  (memory.fill (local.get 0) (i32.const 0) (local.get 2))))

;; ==== x64 ====
;; function 0 (169 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x61
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: mov eax, dword [rbp + 0x18]
;;    22: mov dword [rbp - 0x18], eax
;;    25: mov eax, dword [rbp + 0x20]
;;    28: mov dword [rbp - 0x20], eax
;;    2b: mov esi, dword [rbp - 0x10]
;;    2e: mov edx, dword [rbp - 0x18]
;;    31: mov ecx, dword [rbp - 0x20]
;;    34: mov rdi, r14
;;    37: mov rbx, qword [r14 + 0x18]
;;    3b: mov rbx, qword [rbx + 0x8]
;;    3f: call rbx
;;    42: test eax, eax
;;    44: jnz $+0x3a
;;    4a: mov eax, dword [rbp + 0x10]
;;    4d: mov dword [rbp - 0x10], eax
;;    50: mov eax, dword [rbp + 0x20]
;;    53: mov dword [rbp - 0x20], eax
;;    56: mov esi, dword [rbp - 0x10]
;;    59: xor edx, edx
;;    5c: mov ecx, dword [rbp - 0x20]
;;    5f: mov rdi, r14
;;    62: mov rbx, qword [r14 + 0x18]
;;    66: mov rbx, qword [rbx + 0x10]
;;    6a: call rbx
;;    6d: test eax, eax
;;    6f: jnz $+0xf
;;    75: mov rsp, rbp
;;    78: pop rbp
;;    79: ret
;;    7a: mov eax, 0x9
;;    7f: jmp $+0x20
;;    84: mov eax, 0x5
;;    89: jmp $+0x0
;;    8e: mov ebx, eax
;;    90: mov rdi, rbp
;;    93: lea rsi, qword [rip - 0xc]
;;    9a: and rsp, -0x10
;;    9e: call qword [r14 + 0x30]
;;    a2: mov eax, ebx
;;    a4: mov rsp, qword [r13 + 0x8]
;;    a8: ret

;; ==== aarch64 ====
;; function 0 (216 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x78
;;    24: ldr w16, [x29, #0x10]
;;    28: stur w16, [x29, #-0x10]
;;    2c: ldr w16, [x29, #0x18]
;;    30: stur w16, [x29, #-0x18]
;;    34: ldr w16, [x29, #0x20]
;;    38: stur w16, [x29, #-0x20]
;;    3c: ldur w1, [x29, #-0x10]
;;    40: ldur w2, [x29, #-0x18]
;;    44: ldur w3, [x29, #-0x20]
;;    48: mov x0, x28
;;    4c: ldr x4, [x28, #0x18]
;;    50: ldr x4, [x4, #0x8]
;;    54: blr x4
;;    58: cbnz w0, $+0x48
;;    5c: ldr w16, [x29, #0x10]
;;    60: stur w16, [x29, #-0x10]
;;    64: ldr w16, [x29, #0x20]
;;    68: stur w16, [x29, #-0x20]
;;    6c: ldur w1, [x29, #-0x10]
;;    70: mov w2, #0x0
;;    74: ldur w3, [x29, #-0x20]
;;    78: mov x0, x28
;;    7c: ldr x4, [x28, #0x18]
;;    80: ldr x4, [x4, #0x10]
;;    84: blr x4
;;    88: cbnz w0, $+0x18
;;    8c: mov sp, x29
;;    90: ldp x29, x30, [sp], #0x10
;;    94: ret
;;    98: mov w0, #0x9
;;    9c: b $+0x2c
;;    a0: mov w0, #0x5
;;    a4: b $+0x4
;;    a8: mov w19, w0
;;    ac: mov x0, x29
;;    b0: adr x1, $-0x8
;;    b4: mov x16, sp
;;    b8: and sp, x16, #0xfffffffffffffff0
;;    bc: ldr x17, [x28, #0x30]
;;    c0: blr x17
;;    c4: mov w0, w19
;;    c8: ldr x16, [x26, #0x8]
;;    cc: ldr x17, [x16]
;;    d0: add sp, x16, #0x10
;;    d4: br x17
