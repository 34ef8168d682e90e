;; A signature with a v128 passes every value in 16 bytes and returns through the
;; argument area (see compiler::ValueLayout).
(module
  (func (param v128 v128) (result v128)
    local.get 0 local.get 1 i32x4.add))

;; ==== x64 ====
;; function 0 (83 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x15
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: vpaddd xmm2, xmm2, xmm1
;;    25: movups xmmword [rbp + 0x10], xmm2
;;    29: mov rsp, rbp
;;    2c: pop rbp
;;    2d: ret
;;    2e: mov eax, 0x9
;;    33: jmp $+0x16
;;    38: mov ebx, eax
;;    3a: mov rdi, rbp
;;    3d: lea rsi, qword [rip - 0xc]
;;    44: and rsp, -0x10
;;    48: call qword [r14 + 0x30]
;;    4c: mov eax, ebx
;;    4e: mov rsp, qword [r13 + 0x8]
;;    52: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (83 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x15
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: paddd xmm2, xmm1
;;    25: movups xmmword [rbp + 0x10], xmm2
;;    29: mov rsp, rbp
;;    2c: pop rbp
;;    2d: ret
;;    2e: mov eax, 0x9
;;    33: jmp $+0x16
;;    38: mov ebx, eax
;;    3a: mov rdi, rbp
;;    3d: lea rsi, qword [rip - 0xc]
;;    44: and rsp, -0x10
;;    48: call qword [r14 + 0x30]
;;    4c: mov eax, ebx
;;    4e: mov rsp, qword [r13 + 0x8]
;;    52: ret

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr q0, [x29, #0x20]
;;    24: ldr q1, [x29, #0x10]
;;    28: add v1.4s, v1.4s, v0.4s
;;    2c: str q1, [x29, #0x10]
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
