;; f32.min: NaN propagates and -0 is less than +0.
(module (func (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (121 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3b
;;    19: movss xmm1, dword [rbp + 0x18]
;;    1e: movss xmm2, dword [rbp + 0x10]
;;    23: ucomiss xmm2, xmm1
;;    27: jp $+0x19
;;    2d: jnz $+0x9
;;    33: orps xmm2, xmm1
;;    37: jmp $+0xf
;;    3c: minss xmm2, xmm1
;;    41: jmp $+0x5
;;    46: addss xmm2, xmm1
;;    4b: movaps xmm0, xmm2
;;    4f: mov rsp, rbp
;;    52: pop rbp
;;    53: ret
;;    54: mov eax, 0x9
;;    59: jmp $+0x16
;;    5e: mov ebx, eax
;;    60: mov rdi, rbp
;;    63: lea rsi, qword [rip - 0xc]
;;    6a: and rsp, -0x10
;;    6e: call qword [r14 + 0x30]
;;    72: mov eax, ebx
;;    74: mov rsp, qword [r13 + 0x8]
;;    78: ret

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr s0, [x29, #0x18]
;;    24: ldr s1, [x29, #0x10]
;;    28: fmin s1, s1, s0
;;    2c: fmov d0, d1
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
