;; Saturating f32 -> i32: NaN gives 0, out of range the nearest bound.
(module (func (param f32) (result i32) (i32.trunc_sat_f32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (132 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x40
;;    1f: cvttss2si ebx, xmm1
;;    24: cmp ebx, -0x80000000
;;    2b: jnz $+0x26
;;    31: ucomiss xmm1, xmm1
;;    35: jp $+0x19
;;    3b: xorps xmm15, xmm15
;;    3f: ucomiss xmm1, xmm15
;;    43: jb $+0xe
;;    49: mov ebx, 0x7fffffff
;;    4f: jmp $+0x3
;;    54: xor ebx, ebx
;;    57: mov eax, ebx
;;    5a: mov rsp, rbp
;;    5d: pop rbp
;;    5e: ret
;;    5f: mov eax, 0x9
;;    64: jmp $+0x16
;;    69: mov ebx, eax
;;    6b: mov rdi, rbp
;;    6e: lea rsi, qword [rip - 0xc]
;;    75: and rsp, -0x10
;;    79: call qword [r14 + 0x30]
;;    7d: mov eax, ebx
;;    7f: mov rsp, qword [r13 + 0x8]
;;    83: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x18
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
