;; Trapping f32 -> i32 (signed): NaN and out-of-range inputs trap.
(module (func (param f32) (result i32) (i32.trunc_f32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (157 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x4b
;;    19: movss xmm1, dword [rbp + 0x10]
;;    1e: ucomiss xmm1, xmm1
;;    22: jp $+0x46
;;    28: cvttss2si ebx, xmm1
;;    2d: cmp ebx, -0x80000000
;;    34: jnz $+0x22
;;    3a: mov eax, -0x31000000
;;    3f: movq xmm15, rax
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

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x44
;;    20: ldr s0, [x29, #0x10]
;;    24: fcmp s0, s0
;;    28: b.vs $+0x40
;;    2c: mov w17, #0xcf000000
;;    30: fmov s31, w17
;;    34: fcmp s0, s31
;;    38: b.lt $+0x38
;;    3c: mov w17, #0x4f000000
;;    40: fmov s31, w17
;;    44: fcmp s0, s31
;;    48: b.ge $+0x28
;;    4c: fcvtzs w0, s0
;;    50: mov w0, w0
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov w0, #0x9
;;    64: b $+0x34
;;    68: mov w0, #0x4
;;    6c: b $+0xc
;;    70: mov w0, #0x3
;;    74: b $+0x4
;;    78: mov w19, w0
;;    7c: mov x0, x29
;;    80: adr x1, $-0x8
;;    84: mov x16, sp
;;    88: and sp, x16, #0xfffffffffffffff0
;;    8c: ldr x17, [x28, #0x30]
;;    90: blr x17
;;    94: mov w0, w19
;;    98: ldr x16, [x26, #0x8]
;;    9c: ldr x17, [x16]
;;    a0: add sp, x16, #0x10
;;    a4: br x17
