;; Float less-than as a value: compared with swapped operands on x86-64.
(module (func (param f32 f32) (result i32) (f32.lt (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (93 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1f
;;    19: movss xmm1, dword [rbp + 0x10]
;;    1e: movss xmm15, dword [rbp + 0x18]
;;    24: ucomiss xmm15, xmm1
;;    28: seta bl
;;    2c: movzx ebx, bl
;;    30: mov eax, ebx
;;    33: mov rsp, rbp
;;    36: pop rbp
;;    37: ret
;;    38: mov eax, 0x9
;;    3d: jmp $+0x16
;;    42: mov ebx, eax
;;    44: mov rdi, rbp
;;    47: lea rsi, qword [rip - 0xc]
;;    4e: and rsp, -0x10
;;    52: call qword [r14 + 0x30]
;;    56: mov eax, ebx
;;    58: mov rsp, qword [r13 + 0x8]
;;    5c: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: ldr s0, [x29, #0x10]
;;    24: ldr s31, [x29, #0x18]
;;    28: fcmp s0, s31
;;    2c: cset w0, mi
;;    30: mov w0, w0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
