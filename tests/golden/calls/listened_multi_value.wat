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
;; function 0 (176 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x64
;;    1d: mov dword [rbp + 0x10], esi
;;    20: mov rdi, r14
;;    23: xor esi, esi
;;    26: lea rdx, qword [rbp + 0x10]
;;    2a: mov rbx, qword [r14 + 0x18]
;;    2e: mov rbx, qword [rbx + 0x70]
;;    32: call rbx
;;    35: test eax, eax
;;    37: jnz $+0x4e
;;    3d: mov eax, dword [rbp + 0x10]
;;    40: mov dword [rbp - 0x10], eax
;;    43: mov eax, dword [rbp - 0x10]
;;    46: mov dword [rbp + 0x10], eax
;;    49: mov qword [rbp + 0x18], 0x2
;;    51: mov rax, 0x4008000000000000
;;    5b: mov qword [rbp + 0x20], rax
;;    5f: mov rdi, r14
;;    62: xor esi, esi
;;    65: lea rdx, qword [rbp + 0x10]
;;    69: mov rbx, qword [r14 + 0x18]
;;    6d: mov rbx, qword [rbx + 0x78]
;;    71: call rbx
;;    74: test eax, eax
;;    76: jnz $+0xf
;;    7c: mov rsp, rbp
;;    7f: pop rbp
;;    80: ret
;;    81: mov eax, 0x9
;;    86: jmp $+0x20
;;    8b: mov eax, 0xb
;;    90: jmp $+0x0
;;    95: mov ebx, eax
;;    97: mov rdi, rbp
;;    9a: lea rsi, qword [rip - 0xc]
;;    a1: and rsp, -0x10
;;    a5: call qword [r14 + 0x30]
;;    a9: mov eax, ebx
;;    ab: mov rsp, qword [r13 + 0x8]
;;    af: ret
;;
;; function 1 (208 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x66
;;    1f: movss dword [rbp + 0x10], xmm1
;;    24: mov rdi, r14
;;    27: mov esi, 0x1
;;    2d: lea rdx, qword [rbp + 0x10]
;;    31: mov rbx, qword [r14 + 0x18]
;;    35: mov rbx, qword [rbx + 0x70]
;;    39: call rbx
;;    3c: test eax, eax
;;    3e: jnz $+0x4b
;;    44: movss xmm1, dword [rbp + 0x10]
;;    49: movss xmm15, dword [rip + 0x6e]
;;    52: xorps xmm1, xmm15
;;    56: movss dword [rbp + 0x10], xmm1
;;    5b: mov rdi, r14
;;    5e: mov esi, 0x1
;;    64: lea rdx, qword [rbp + 0x10]
;;    68: mov rbx, qword [r14 + 0x18]
;;    6c: mov rbx, qword [rbx + 0x78]
;;    70: call rbx
;;    73: test eax, eax
;;    75: jnz $+0x14
;;    7b: movss xmm0, dword [rbp + 0x10]
;;    80: mov rsp, rbp
;;    83: pop rbp
;;    84: ret
;;    85: mov eax, 0x9
;;    8a: jmp $+0x20
;;    8f: mov eax, 0xb
;;    94: jmp $+0x0
;;    99: mov ebx, eax
;;    9b: mov rdi, rbp
;;    9e: lea rsi, qword [rip - 0xc]
;;    a5: and rsp, -0x10
;;    a9: call qword [r14 + 0x30]
;;    ad: mov eax, ebx
;;    af: mov rsp, qword [r13 + 0x8]
;;    b3: ret
;;    b4: int 0x3
;;    b5: int 0x3
;;    b6: int 0x3
;;    b7: int 0x3
;;    b8: int 0x3
;;    b9: int 0x3
;;    ba: int 0x3
;;    bb: int 0x3
;;    bc: int 0x3
;;    bd: int 0x3
;;    be: int 0x3
;;    bf: int 0x3
;;    c0: .word 0x80000000
;;    c4: .word 0x00000000
;;    c8: .word 0x00000000
;;    cc: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (212 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x74
;;    24: str w0, [x29, #0x10]
;;    28: mov x0, x28
;;    2c: mov w1, #0x0
;;    30: mov x17, #0x10
;;    34: add x2, x29, x17
;;    38: ldr x3, [x28, #0x18]
;;    3c: ldr x3, [x3, #0x70]
;;    40: blr x3
;;    44: cbnz w0, $+0x58
;;    48: ldr w16, [x29, #0x10]
;;    4c: stur w16, [x29, #-0x10]
;;    50: ldur w16, [x29, #-0x10]
;;    54: str w16, [x29, #0x10]
;;    58: mov x16, #0x2
;;    5c: str x16, [x29, #0x18]
;;    60: mov x16, #0x4008000000000000
;;    64: str x16, [x29, #0x20]
;;    68: mov x0, x28
;;    6c: mov w1, #0x0
;;    70: mov x17, #0x10
;;    74: add x2, x29, x17
;;    78: ldr x3, [x28, #0x18]
;;    7c: ldr x3, [x3, #0x78]
;;    80: blr x3
;;    84: cbnz w0, $+0x18
;;    88: mov sp, x29
;;    8c: ldp x29, x30, [sp], #0x10
;;    90: ret
;;    94: mov w0, #0x9
;;    98: b $+0x2c
;;    9c: mov w0, #0xb
;;    a0: b $+0x4
;;    a4: mov w19, w0
;;    a8: mov x0, x29
;;    ac: adr x1, $-0x8
;;    b0: mov x16, sp
;;    b4: and sp, x16, #0xfffffffffffffff0
;;    b8: ldr x17, [x28, #0x30]
;;    bc: blr x17
;;    c0: mov w0, w19
;;    c4: ldr x16, [x26, #0x8]
;;    c8: ldr x17, [x16]
;;    cc: add sp, x16, #0x10
;;    d0: br x17
;;
;; function 1 (196 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x64
;;    24: str s0, [x29, #0x10]
;;    28: mov x0, x28
;;    2c: mov w1, #0x1
;;    30: mov x17, #0x10
;;    34: add x2, x29, x17
;;    38: ldr x3, [x28, #0x18]
;;    3c: ldr x3, [x3, #0x70]
;;    40: blr x3
;;    44: cbnz w0, $+0x48
;;    48: ldr s0, [x29, #0x10]
;;    4c: fneg s0, s0
;;    50: str s0, [x29, #0x10]
;;    54: mov x0, x28
;;    58: mov w1, #0x1
;;    5c: mov x17, #0x10
;;    60: add x2, x29, x17
;;    64: ldr x3, [x28, #0x18]
;;    68: ldr x3, [x3, #0x78]
;;    6c: blr x3
;;    70: cbnz w0, $+0x1c
;;    74: ldr s0, [x29, #0x10]
;;    78: mov sp, x29
;;    7c: ldp x29, x30, [sp], #0x10
;;    80: ret
;;    84: mov w0, #0x9
;;    88: b $+0x2c
;;    8c: mov w0, #0xb
;;    90: b $+0x4
;;    94: mov w19, w0
;;    98: mov x0, x29
;;    9c: adr x1, $-0x8
;;    a0: mov x16, sp
;;    a4: and sp, x16, #0xfffffffffffffff0
;;    a8: ldr x17, [x28, #0x30]
;;    ac: blr x17
;;    b0: mov w0, w19
;;    b4: ldr x16, [x26, #0x8]
;;    b8: ldr x17, [x16]
;;    bc: add sp, x16, #0x10
;;    c0: br x17
