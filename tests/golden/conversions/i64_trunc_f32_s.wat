;; Trapping f32 -> i64.
(module (func (param f32) (result i64) (i64.trunc_f32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (164 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x4c
;;    1f: ucomiss xmm1, xmm1
;;    23: jp $+0x4c
;;    29: cvttss2si rbx, xmm1
;;    2e: mov rax, -0x8000000000000000
;;    38: cmp rbx, rax
;;    3b: jnz $+0x22
;;    41: mov eax, -0x21000000
;;    46: movq xmm15, rax
;;    4b: ucomiss xmm1, xmm15
;;    4f: jb $+0x2a
;;    55: xorps xmm15, xmm15
;;    59: ucomiss xmm1, xmm15
;;    5d: jnb $+0x1c
;;    63: mov rax, rbx
;;    66: mov rsp, rbp
;;    69: pop rbp
;;    6a: ret
;;    6b: mov eax, 0x9
;;    70: jmp $+0x2a
;;    75: mov eax, 0x4
;;    7a: jmp $+0xa
;;    7f: mov eax, 0x3
;;    84: jmp $+0x0
;;    89: mov ebx, eax
;;    8b: mov rdi, rbp
;;    8e: lea rsi, qword [rip - 0xc]
;;    95: and rsp, -0x10
;;    99: call qword [r14 + 0x30]
;;    9d: mov eax, ebx
;;    9f: mov rsp, qword [r13 + 0x8]
;;    a3: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x3c
;;    24: fcmp s0, s0
;;    28: b.vs $+0x3c
;;    2c: mov w17, #0xdf000000
;;    30: fmov s31, w17
;;    34: fcmp s0, s31
;;    38: b.lt $+0x34
;;    3c: mov w17, #0x5f000000
;;    40: fmov s31, w17
;;    44: fcmp s0, s31
;;    48: b.ge $+0x24
;;    4c: fcvtzs x0, s0
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x34
;;    64: mov w0, #0x4
;;    68: b $+0xc
;;    6c: mov w0, #0x3
;;    70: b $+0x4
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
