;; Float constants: zero, and bit patterns through an integer register.
(module (func (param f32) (result f32) (f32.add (f32.mul (local.get 0) (f32.const 1.5)) (f32.const 0))))

;; ==== x64 ====
;; function 0 (112 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x20
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x1a
;;    1f: vmulss xmm1, xmm1, dword [rip + 0x39]
;;    27: xorps xmm15, xmm15
;;    2b: vaddss xmm1, xmm1, xmm15
;;    30: movaps xmm0, xmm1
;;    34: mov rsp, rbp
;;    37: pop rbp
;;    38: ret
;;    39: mov eax, 0x9
;;    3e: jmp $+0x16
;;    43: mov ebx, eax
;;    45: mov rdi, rbp
;;    48: lea rsi, qword [rip - 0xc]
;;    4f: and rsp, -0x10
;;    53: call qword [r14 + 0x30]
;;    57: mov eax, ebx
;;    59: mov rsp, qword [r13 + 0x8]
;;    5d: ret
;;    5e: int 0x3
;;    5f: int 0x3
;;    60: .word 0x3fc00000
;;    64: .word 0x00000000
;;    68: .word 0x00000000
;;    6c: .word 0x00000000

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (112 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x20
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x1a
;;    1f: mulss xmm1, dword [rip + 0x39]
;;    27: xorps xmm15, xmm15
;;    2b: addss xmm1, xmm15
;;    30: movaps xmm0, xmm1
;;    34: mov rsp, rbp
;;    37: pop rbp
;;    38: ret
;;    39: mov eax, 0x9
;;    3e: jmp $+0x16
;;    43: mov ebx, eax
;;    45: mov rdi, rbp
;;    48: lea rsi, qword [rip - 0xc]
;;    4f: and rsp, -0x10
;;    53: call qword [r14 + 0x30]
;;    57: mov eax, ebx
;;    59: mov rsp, qword [r13 + 0x8]
;;    5d: ret
;;    5e: int 0x3
;;    5f: int 0x3
;;    60: .word 0x3fc00000
;;    64: .word 0x00000000
;;    68: .word 0x00000000
;;    6c: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x20
;;    24: fmov s31, #1.5
;;    28: fmul s0, s0, s31
;;    2c: fmov d31, xzr
;;    30: fadd s0, s0, s31
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
