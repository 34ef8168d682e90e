;; Rounding toward zero and to nearest even.
(module (func (param f32) (result f32) (f32.sub (f32.trunc (local.get 0)) (f32.nearest (local.get 0)))))

;; ==== x64 ====
;; function 0 (99 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x20
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x1f
;;    1f: movaps xmm2, xmm1
;;    23: roundss xmm2, xmm2, 0xb
;;    2a: roundss xmm1, xmm1, 0x8
;;    31: vsubss xmm2, xmm2, xmm1
;;    35: movaps xmm0, xmm2
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x16
;;    48: mov ebx, eax
;;    4a: mov rdi, rbp
;;    4d: lea rsi, qword [rip - 0xc]
;;    54: and rsp, -0x10
;;    58: call qword [r14 + 0x30]
;;    5c: mov eax, ebx
;;    5e: mov rsp, qword [r13 + 0x8]
;;    62: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (99 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x20
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x1f
;;    1f: movaps xmm2, xmm1
;;    23: roundss xmm2, xmm2, 0xb
;;    2a: roundss xmm1, xmm1, 0x8
;;    31: subss xmm2, xmm1
;;    35: movaps xmm0, xmm2
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x16
;;    48: mov ebx, eax
;;    4a: mov rdi, rbp
;;    4d: lea rsi, qword [rip - 0xc]
;;    54: and rsp, -0x10
;;    58: call qword [r14 + 0x30]
;;    5c: mov eax, ebx
;;    5e: mov rsp, qword [r13 + 0x8]
;;    62: ret

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
;;    24: fmov d1, d0
;;    28: frintz s1, s1
;;    2c: frintn s0, s0
;;    30: fsub s1, s1, s0
;;    34: fmov d0, d1
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
