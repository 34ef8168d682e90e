;; f32 addition with a register and a memory operand.
(module (func (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (87 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: movss xmm2, dword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x20
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0xd
;;    25: vaddss xmm1, xmm1, xmm2
;;    29: movaps xmm0, xmm1
;;    2d: mov rsp, rbp
;;    30: pop rbp
;;    31: ret
;;    32: mov eax, 0x9
;;    37: jmp $+0x16
;;    3c: mov ebx, eax
;;    3e: mov rdi, rbp
;;    41: lea rsi, qword [rip - 0xc]
;;    48: and rsp, -0x10
;;    4c: call qword [r14 + 0x30]
;;    50: mov eax, ebx
;;    52: mov rsp, qword [r13 + 0x8]
;;    56: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (87 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: movss xmm2, dword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x20
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0xd
;;    25: addss xmm1, xmm2
;;    29: movaps xmm0, xmm1
;;    2d: mov rsp, rbp
;;    30: pop rbp
;;    31: ret
;;    32: mov eax, 0x9
;;    37: jmp $+0x16
;;    3c: mov ebx, eax
;;    3e: mov rdi, rbp
;;    41: lea rsi, qword [rip - 0xc]
;;    48: and rsp, -0x10
;;    4c: call qword [r14 + 0x30]
;;    50: mov eax, ebx
;;    52: mov rsp, qword [r13 + 0x8]
;;    56: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: ldr s1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x14
;;    28: fadd s0, s0, s1
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
