;; Float constants: zero, and bit patterns through an integer register.
(module (func (param f32) (result f32) (f32.add (f32.mul (local.get 0) (f32.const 1.5)) (f32.const 0))))

;; ==== x64 ====
;; function 0 (100 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x26
;;    19: mov eax, 0x3fc00000
;;    1e: movq xmm1, rax
;;    23: movss xmm2, dword [rbp + 0x10]
;;    28: mulss xmm2, xmm1
;;    2d: xorps xmm1, xmm1
;;    31: addss xmm2, xmm1
;;    36: movaps xmm0, xmm2
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x16
;;    49: mov ebx, eax
;;    4b: mov rdi, rbp
;;    4e: lea rsi, qword [rip - 0xc]
;;    55: and rsp, -0x10
;;    59: call qword [r14 + 0x30]
;;    5d: mov eax, ebx
;;    5f: mov rsp, qword [r13 + 0x8]
;;    63: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x2c
;;    20: mov w17, #0x3fc00000
;;    24: fmov s0, w17
;;    28: ldr s1, [x29, #0x10]
;;    2c: fmul s1, s1, s0
;;    30: fmov d0, xzr
;;    34: fadd s1, s1, s0
;;    38: fmov d0, d1
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x24
;;    50: mov w19, w0
;;    54: mov x0, x29
;;    58: adr x1, $-0x8
;;    5c: mov x16, sp
;;    60: and sp, x16, #0xfffffffffffffff0
;;    64: ldr x17, [x28, #0x30]
;;    68: blr x17
;;    6c: mov w0, w19
;;    70: ldr x16, [x26, #0x8]
;;    74: ldr x17, [x16]
;;    78: add sp, x16, #0x10
;;    7c: br x17
