;; copysign: masks on x86-64, a bit insert on aarch64.
(module (func (param f32 f32) (result f32) (f32.copysign (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (113 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x33
;;    19: movss xmm1, dword [rbp + 0x18]
;;    1e: movss xmm2, dword [rbp + 0x10]
;;    23: mov eax, 0x7fffffff
;;    28: movq xmm15, rax
;;    2d: andps xmm2, xmm15
;;    31: mov eax, -0x80000000
;;    36: movq xmm15, rax
;;    3b: andps xmm15, xmm1
;;    3f: orps xmm2, xmm15
;;    43: movaps xmm0, xmm2
;;    47: mov rsp, rbp
;;    4a: pop rbp
;;    4b: ret
;;    4c: mov eax, 0x9
;;    51: jmp $+0x16
;;    56: mov ebx, eax
;;    58: mov rdi, rbp
;;    5b: lea rsi, qword [rip - 0xc]
;;    62: and rsp, -0x10
;;    66: call qword [r14 + 0x30]
;;    6a: mov eax, ebx
;;    6c: mov rsp, qword [r13 + 0x8]
;;    70: ret

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x30
;;    20: ldr s0, [x29, #0x18]
;;    24: ldr s1, [x29, #0x10]
;;    28: fmov w16, s1
;;    2c: fmov w17, s0
;;    30: lsr w17, w17, #0x1f
;;    34: bfi w16, w17, #0x1f, #0x1
;;    38: fmov s1, w16
;;    3c: fmov d0, d1
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x24
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
