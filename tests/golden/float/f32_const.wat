;; Float constants: zero, and bit patterns through an integer register.
(module (func (param f32) (result f32) (f32.add (f32.mul (local.get 0) (f32.const 1.5)) (f32.const 0))))

;; ==== x64 ====
;; function 0 (101 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x20
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x21
;;    1f: mov eax, 0x3fc00000
;;    24: movq xmm15, rax
;;    29: vmulss xmm1, xmm1, xmm15
;;    2e: xorps xmm15, xmm15
;;    32: vaddss xmm1, xmm1, xmm15
;;    37: movaps xmm0, xmm1
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov eax, 0x9
;;    45: jmp $+0x16
;;    4a: mov ebx, eax
;;    4c: mov rdi, rbp
;;    4f: lea rsi, qword [rip - 0xc]
;;    56: and rsp, -0x10
;;    5a: call qword [r14 + 0x30]
;;    5e: mov eax, ebx
;;    60: mov rsp, qword [r13 + 0x8]
;;    64: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (101 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x20
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x21
;;    1f: mov eax, 0x3fc00000
;;    24: movq xmm15, rax
;;    29: mulss xmm1, xmm15
;;    2e: xorps xmm15, xmm15
;;    32: addss xmm1, xmm15
;;    37: movaps xmm0, xmm1
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov eax, 0x9
;;    45: jmp $+0x16
;;    4a: mov ebx, eax
;;    4c: mov rdi, rbp
;;    4f: lea rsi, qword [rip - 0xc]
;;    56: and rsp, -0x10
;;    5a: call qword [r14 + 0x30]
;;    5e: mov eax, ebx
;;    60: mov rsp, qword [r13 + 0x8]
;;    64: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x24
;;    24: mov w17, #0x3fc00000
;;    28: fmov s31, w17
;;    2c: fmul s0, s0, s31
;;    30: fmov d31, xzr
;;    34: fadd s0, s0, s31
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
