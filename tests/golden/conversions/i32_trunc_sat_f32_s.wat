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
;; function 0 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x1c
;;    20: ldr s0, [x29, #0x10]
;;    24: fcvtzs w0, s0
;;    28: mov w0, w0
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x9
;;    3c: b $+0x24
;;    40: mov w19, w0
;;    44: mov x0, x29
;;    48: adr x1, $-0x8
;;    4c: mov x16, sp
;;    50: and sp, x16, #0xfffffffffffffff0
;;    54: ldr x17, [x28, #0x30]
;;    58: blr x17
;;    5c: mov w0, w19
;;    60: ldr x16, [x26, #0x8]
;;    64: ldr x17, [x16]
;;    68: add sp, x16, #0x10
;;    6c: br x17
