;; memory.copy and memory.fill call builtins that may trap out of bounds.
(module (memory 1) (func (param i32 i32 i32)
  (memory.copy (local.get 0) (local.get 1) (local.get 2))
  (memory.fill (local.get 0) (i32.const 0) (local.get 2))))

;; ==== x64 ====
;; function 0 (196 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8d, dword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x20
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0x6f
;;    26: mov dword [rbp - 0x10], esi
;;    29: mov dword [rbp - 0x18], edi
;;    2c: mov dword [rbp - 0x20], r8d
;;    30: mov dword [rbp + 0x10], esi
;;    33: mov dword [rbp + 0x18], edi
;;    36: mov dword [rbp + 0x20], r8d
;;    3a: mov ecx, dword [rbp - 0x10]
;;    3d: mov r8d, dword [rbp - 0x18]
;;    41: mov r9d, dword [rbp - 0x20]
;;    45: xor esi, esi
;;    48: xor edx, edx
;;    4b: mov rdi, r14
;;    4e: mov rbx, qword [r14 + 0x18]
;;    52: mov rbx, qword [rbx + 0x8]
;;    56: call rbx
;;    59: test eax, eax
;;    5b: jnz $+0x3e
;;    61: mov eax, dword [rbp + 0x10]
;;    64: mov dword [rbp - 0x10], eax
;;    67: mov eax, dword [rbp + 0x20]
;;    6a: mov dword [rbp - 0x20], eax
;;    6d: mov edx, dword [rbp - 0x10]
;;    70: xor ecx, ecx
;;    73: mov r8d, dword [rbp - 0x20]
;;    77: xor esi, esi
;;    7a: mov rdi, r14
;;    7d: mov rbx, qword [r14 + 0x18]
;;    81: mov rbx, qword [rbx + 0x10]
;;    85: call rbx
;;    88: test eax, eax
;;    8a: jnz $+0xf
;;    90: mov rsp, rbp
;;    93: pop rbp
;;    94: ret
;;    95: mov eax, 0x9
;;    9a: jmp $+0x20
;;    9f: mov eax, 0x5
;;    a4: jmp $+0x0
;;    a9: mov ebx, eax
;;    ab: mov rdi, rbp
;;    ae: lea rsi, qword [rip - 0xc]
;;    b5: and rsp, -0x10
;;    b9: call qword [r14 + 0x30]
;;    bd: mov eax, ebx
;;    bf: mov rsp, qword [r13 + 0x8]
;;    c3: ret

;; ==== aarch64 ====
;; function 0 (236 bytes, calls [])
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
;;    28: b.lo $+0x84
;;    2c: stur w0, [x29, #-0x10]
;;    30: stur w1, [x29, #-0x18]
;;    34: stur w2, [x29, #-0x20]
;;    38: str w0, [x29, #0x10]
;;    3c: str w1, [x29, #0x18]
;;    40: str w2, [x29, #0x20]
;;    44: ldur w3, [x29, #-0x10]
;;    48: ldur w4, [x29, #-0x18]
;;    4c: ldur w5, [x29, #-0x20]
;;    50: mov w1, #0x0
;;    54: mov w2, #0x0
;;    58: mov x0, x28
;;    5c: ldr x6, [x28, #0x18]
;;    60: ldr x6, [x6, #0x8]
;;    64: blr x6
;;    68: cbnz w0, $+0x4c
;;    6c: ldr w16, [x29, #0x10]
;;    70: stur w16, [x29, #-0x10]
;;    74: ldr w16, [x29, #0x20]
;;    78: stur w16, [x29, #-0x20]
;;    7c: ldur w2, [x29, #-0x10]
;;    80: mov w3, #0x0
;;    84: ldur w4, [x29, #-0x20]
;;    88: mov w1, #0x0
;;    8c: mov x0, x28
;;    90: ldr x5, [x28, #0x18]
;;    94: ldr x5, [x5, #0x10]
;;    98: blr x5
;;    9c: cbnz w0, $+0x18
;;    a0: mov sp, x29
;;    a4: ldp x29, x30, [sp], #0x10
;;    a8: ret
;;    ac: mov w0, #0x9
;;    b0: b $+0x2c
;;    b4: mov w0, #0x5
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
