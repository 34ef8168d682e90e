;; copysign: masks on x86-64, a bit insert on aarch64.
(module (func (param f32 f32) (result f32) (f32.copysign (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (160 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: movss xmm2, dword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x20
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x27
;;    25: movss xmm15, dword [rip + 0x52]
;;    2e: andps xmm1, xmm15
;;    32: movss xmm15, dword [rip + 0x55]
;;    3b: andps xmm15, xmm2
;;    3f: orps xmm1, xmm15
;;    43: movaps xmm0, xmm1
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
;;    71: int 0x3
;;    72: int 0x3
;;    73: int 0x3
;;    74: int 0x3
;;    75: int 0x3
;;    76: int 0x3
;;    77: int 0x3
;;    78: int 0x3
;;    79: int 0x3
;;    7a: int 0x3
;;    7b: int 0x3
;;    7c: int 0x3
;;    7d: int 0x3
;;    7e: int 0x3
;;    7f: int 0x3
;;    80: .word 0x7fffffff
;;    84: .word 0x00000000
;;    88: .word 0x00000000
;;    8c: .word 0x00000000
;;    90: .word 0x80000000
;;    94: .word 0x00000000
;;    98: .word 0x00000000
;;    9c: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: ldr s1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x24
;;    28: fmov w16, s0
;;    2c: fmov w17, s1
;;    30: lsr w17, w17, #0x1f
;;    34: bfi w16, w17, #0x1f, #0x1
;;    38: fmov s0, w16
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
