;; Saturating f32 -> i32: NaN gives 0, out of range the nearest bound.
(module (func (param f32) (result i32) (i32.trunc_sat_f32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (131 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x45
;;    19: movss xmm1, dword [rbp + 0x10]
;;    1e: cvttss2si ebx, xmm1
;;    23: cmp ebx, -0x80000000
;;    2a: jnz $+0x26
;;    30: ucomiss xmm1, xmm1
;;    34: jp $+0x19
;;    3a: xorps xmm15, xmm15
;;    3e: ucomiss xmm1, xmm15
;;    42: jb $+0xe
;;    48: mov ebx, 0x7fffffff
;;    4e: jmp $+0x3
;;    53: xor ebx, ebx
;;    56: mov eax, ebx
;;    59: mov rsp, rbp
;;    5c: pop rbp
;;    5d: ret
;;    5e: mov eax, 0x9
;;    63: jmp $+0x16
;;    68: mov ebx, eax
;;    6a: mov rdi, rbp
;;    6d: lea rsi, qword [rip - 0xc]
;;    74: and rsp, -0x10
;;    78: call qword [r14 + 0x30]
;;    7c: mov eax, ebx
;;    7e: mov rsp, qword [r13 + 0x8]
;;    82: ret

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x1c
;;    24: ldr s0, [x29, #0x10]
;;    28: fcvtzs w0, s0
;;    2c: mov w0, w0
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
