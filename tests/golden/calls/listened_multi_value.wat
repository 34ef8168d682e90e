;;! listeners
;; A listened function with several results stores them all to the incoming area (as any
;; multi-value return does) before ListenerExit; nothing comes back in a register. A float
;; result of a one-result function is reloaded into the float return register.
(module
  (func (param i32) (result i32 i64 f64)
    (local.get 0) (i64.const 2) (f64.const 3))
  (func (param f32) (result f32)
    (f32.neg (local.get 0))))

;; ==== x64 ====
;; function 0 (169 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x61
;;    19: mov rdi, r14
;;    1c: xor esi, esi
;;    1f: lea rdx, qword [rbp + 0x10]
;;    23: mov rbx, qword [r14 + 0x18]
;;    27: mov rbx, qword [rbx + 0x70]
;;    2b: call rbx
;;    2e: test eax, eax
;;    30: jnz $+0x4e
;;    36: mov eax, dword [rbp + 0x10]
;;    39: mov dword [rbp - 0x10], eax
;;    3c: mov eax, dword [rbp - 0x10]
;;    3f: mov dword [rbp + 0x10], eax
;;    42: mov qword [rbp + 0x18], 0x2
;;    4a: mov rax, 0x4008000000000000
;;    54: mov qword [rbp + 0x20], rax
;;    58: mov rdi, r14
;;    5b: xor esi, esi
;;    5e: lea rdx, qword [rbp + 0x10]
;;    62: mov rbx, qword [r14 + 0x18]
;;    66: mov rbx, qword [rbx + 0x78]
;;    6a: call rbx
;;    6d: test eax, eax
;;    6f: jnz $+0xf
;;    75: mov rsp, rbp
;;    78: pop rbp
;;    79: ret
;;    7a: mov eax, 0x9
;;    7f: jmp $+0x20
;;    84: mov eax, 0xb
;;    89: jmp $+0x0
;;    8e: mov ebx, eax
;;    90: mov rdi, rbp
;;    93: lea rsi, qword [rip - 0xc]
;;    9a: and rsp, -0x10
;;    9e: call qword [r14 + 0x30]
;;    a2: mov eax, ebx
;;    a4: mov rsp, qword [r13 + 0x8]
;;    a8: ret
;;
;; function 1 (170 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x62
;;    19: mov rdi, r14
;;    1c: mov esi, 0x1
;;    22: lea rdx, qword [rbp + 0x10]
;;    26: mov rbx, qword [r14 + 0x18]
;;    2a: mov rbx, qword [rbx + 0x70]
;;    2e: call rbx
;;    31: test eax, eax
;;    33: jnz $+0x4c
;;    39: movss xmm1, dword [rbp + 0x10]
;;    3e: mov eax, -0x80000000
;;    43: movq xmm15, rax
;;    48: xorps xmm1, xmm15
;;    4c: movss dword [rbp + 0x10], xmm1
;;    51: mov rdi, r14
;;    54: mov esi, 0x1
;;    5a: lea rdx, qword [rbp + 0x10]
;;    5e: mov rbx, qword [r14 + 0x18]
;;    62: mov rbx, qword [rbx + 0x78]
;;    66: call rbx
;;    69: test eax, eax
;;    6b: jnz $+0x14
;;    71: movss xmm0, dword [rbp + 0x10]
;;    76: mov rsp, rbp
;;    79: pop rbp
;;    7a: ret
;;    7b: mov eax, 0x9
;;    80: jmp $+0x20
;;    85: mov eax, 0xb
;;    8a: jmp $+0x0
;;    8f: mov ebx, eax
;;    91: mov rdi, rbp
;;    94: lea rsi, qword [rip - 0xc]
;;    9b: and rsp, -0x10
;;    9f: call qword [r14 + 0x30]
;;    a3: mov eax, ebx
;;    a5: mov rsp, qword [r13 + 0x8]
;;    a9: ret

;; ==== aarch64 ====
;; function 0 (204 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x70
;;    20: mov x0, x28
;;    24: mov w1, #0x0
;;    28: mov x17, #0x10
;;    2c: add x2, x29, x17
;;    30: ldr x3, [x28, #0x18]
;;    34: ldr x3, [x3, #0x70]
;;    38: blr x3
;;    3c: cbnz w0, $+0x58
;;    40: ldr w16, [x29, #0x10]
;;    44: stur w16, [x29, #-0x10]
;;    48: ldur w16, [x29, #-0x10]
;;    4c: str w16, [x29, #0x10]
;;    50: mov x16, #0x2
;;    54: str x16, [x29, #0x18]
;;    58: mov x16, #0x4008000000000000
;;    5c: str x16, [x29, #0x20]
;;    60: mov x0, x28
;;    64: mov w1, #0x0
;;    68: mov x17, #0x10
;;    6c: add x2, x29, x17
;;    70: ldr x3, [x28, #0x18]
;;    74: ldr x3, [x3, #0x78]
;;    78: blr x3
;;    7c: cbnz w0, $+0x18
;;    80: mov sp, x29
;;    84: ldp x29, x30, [sp], #0x10
;;    88: ret
;;    8c: mov w0, #0x9
;;    90: b $+0x2c
;;    94: mov w0, #0xb
;;    98: b $+0x4
;;    9c: mov w19, w0
;;    a0: mov x0, x29
;;    a4: adr x1, $-0x8
;;    a8: mov x16, sp
;;    ac: and sp, x16, #0xfffffffffffffff0
;;    b0: ldr x17, [x28, #0x30]
;;    b4: blr x17
;;    b8: mov w0, w19
;;    bc: ldr x16, [x26, #0x8]
;;    c0: ldr x17, [x16]
;;    c4: add sp, x16, #0x10
;;    c8: br x17
;;
;; function 1 (188 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x60
;;    20: mov x0, x28
;;    24: mov w1, #0x1
;;    28: mov x17, #0x10
;;    2c: add x2, x29, x17
;;    30: ldr x3, [x28, #0x18]
;;    34: ldr x3, [x3, #0x70]
;;    38: blr x3
;;    3c: cbnz w0, $+0x48
;;    40: ldr s0, [x29, #0x10]
;;    44: fneg s0, s0
;;    48: str s0, [x29, #0x10]
;;    4c: mov x0, x28
;;    50: mov w1, #0x1
;;    54: mov x17, #0x10
;;    58: add x2, x29, x17
;;    5c: ldr x3, [x28, #0x18]
;;    60: ldr x3, [x3, #0x78]
;;    64: blr x3
;;    68: cbnz w0, $+0x1c
;;    6c: ldr s0, [x29, #0x10]
;;    70: mov sp, x29
;;    74: ldp x29, x30, [sp], #0x10
;;    78: ret
;;    7c: mov w0, #0x9
;;    80: b $+0x2c
;;    84: mov w0, #0xb
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
