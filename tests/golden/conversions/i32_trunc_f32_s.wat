;; Trapping f32 -> i32 (signed): NaN and out-of-range inputs trap.
(module (func (param f32) (result i32) (i32.trunc_f32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (158 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x46
;;    1f: ucomiss xmm1, xmm1
;;    23: jp $+0x46
;;    29: cvttss2si ebx, xmm1
;;    2e: cmp ebx, -0x80000000
;;    35: jnz $+0x22
;;    3b: mov eax, -0x31000000
;;    40: movq xmm15, rax
;;    45: ucomiss xmm1, xmm15
;;    49: jb $+0x2a
;;    4f: xorps xmm15, xmm15
;;    53: ucomiss xmm1, xmm15
;;    57: jnb $+0x1c
;;    5d: mov eax, ebx
;;    60: mov rsp, rbp
;;    63: pop rbp
;;    64: ret
;;    65: mov eax, 0x9
;;    6a: jmp $+0x2a
;;    6f: mov eax, 0x4
;;    74: jmp $+0xa
;;    79: mov eax, 0x3
;;    7e: jmp $+0x0
;;    83: mov ebx, eax
;;    85: mov rdi, rbp
;;    88: lea rsi, qword [rip - 0xc]
;;    8f: and rsp, -0x10
;;    93: call qword [r14 + 0x30]
;;    97: mov eax, ebx
;;    99: mov rsp, qword [r13 + 0x8]
;;    9d: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x40
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
