;; Trapping f32 -> i32 (signed): NaN and out-of-range inputs trap.
(module (func (param f32) (result i32) (i32.trunc_f32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (176 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x45
;;    1f: ucomiss xmm1, xmm1
;;    23: jp $+0x45
;;    29: cvttss2si ebx, xmm1
;;    2e: cmp ebx, -0x80000000
;;    35: jnz $+0x21
;;    3b: movss xmm15, dword [rip + 0x5c]
;;    44: ucomiss xmm1, xmm15
;;    48: jb $+0x2a
;;    4e: xorps xmm15, xmm15
;;    52: ucomiss xmm1, xmm15
;;    56: jnb $+0x1c
;;    5c: mov eax, ebx
;;    5f: mov rsp, rbp
;;    62: pop rbp
;;    63: ret
;;    64: mov eax, 0x9
;;    69: jmp $+0x2a
;;    6e: mov eax, 0x4
;;    73: jmp $+0xa
;;    78: mov eax, 0x3
;;    7d: jmp $+0x0
;;    82: mov ebx, eax
;;    84: mov rdi, rbp
;;    87: lea rsi, qword [rip - 0xc]
;;    8e: and rsp, -0x10
;;    92: call qword [r14 + 0x30]
;;    96: mov eax, ebx
;;    98: mov rsp, qword [r13 + 0x8]
;;    9c: ret
;;    9d: int 0x3
;;    9e: int 0x3
;;    9f: int 0x3
;;    a0: .word 0xcf000000
;;    a4: .word 0x00000000
;;    a8: .word 0x00000000
;;    ac: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (192 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x38
;;    24: fcmp s0, s0
;;    28: b.vs $+0x38
;;    2c: ldr s31, $+0x74
;;    30: fcmp s0, s31
;;    34: b.lt $+0x34
;;    38: ldr s31, $+0x78
;;    3c: fcmp s0, s31
;;    40: b.ge $+0x28
;;    44: fcvtzs w0, s0
;;    48: mov w0, w0
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x34
;;    60: mov w0, #0x4
;;    64: b $+0xc
;;    68: mov w0, #0x3
;;    6c: b $+0x4
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
;;    a0: .word 0xcf000000
;;    a4: .word 0x00000000
;;    a8: .word 0x00000000
;;    ac: .word 0x00000000
;;    b0: .word 0x4f000000
;;    b4: .word 0x00000000
;;    b8: .word 0x00000000
;;    bc: .word 0x00000000
