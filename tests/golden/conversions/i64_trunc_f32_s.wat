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
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x40
;;    20: ldr s0, [x29, #0x10]
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
