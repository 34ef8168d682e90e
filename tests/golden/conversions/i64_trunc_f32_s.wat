;; Trapping f32 -> i64.
(module (func (param f32) (result i64) (i64.trunc_f32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (163 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x51
;;    19: movss xmm1, dword [rbp + 0x10]
;;    1e: ucomiss xmm1, xmm1
;;    22: jp $+0x4c
;;    28: cvttss2si rbx, xmm1
;;    2d: mov rax, -0x8000000000000000
;;    37: cmp rbx, rax
;;    3a: jnz $+0x22
;;    40: mov eax, -0x21000000
;;    45: movq xmm15, rax
;;    4a: ucomiss xmm1, xmm15
;;    4e: jb $+0x2a
;;    54: xorps xmm15, xmm15
;;    58: ucomiss xmm1, xmm15
;;    5c: jnb $+0x1c
;;    62: mov rax, rbx
;;    65: mov rsp, rbp
;;    68: pop rbp
;;    69: ret
;;    6a: mov eax, 0x9
;;    6f: jmp $+0x2a
;;    74: mov eax, 0x4
;;    79: jmp $+0xa
;;    7e: mov eax, 0x3
;;    83: jmp $+0x0
;;    88: mov ebx, eax
;;    8a: mov rdi, rbp
;;    8d: lea rsi, qword [rip - 0xc]
;;    94: and rsp, -0x10
;;    98: call qword [r14 + 0x30]
;;    9c: mov eax, ebx
;;    9e: mov rsp, qword [r13 + 0x8]
;;    a2: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x40
;;    24: ldr s0, [x29, #0x10]
;;    28: fcmp s0, s0
;;    2c: b.vs $+0x3c
;;    30: mov w17, #0xdf000000
;;    34: fmov s31, w17
;;    38: fcmp s0, s31
;;    3c: b.lt $+0x34
;;    40: mov w17, #0x5f000000
;;    44: fmov s31, w17
;;    48: fcmp s0, s31
;;    4c: b.ge $+0x24
;;    50: fcvtzs x0, s0
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
