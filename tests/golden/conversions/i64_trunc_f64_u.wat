;; Trapping f64 -> u64: values of 2^63 and up need a second conversion on x86-64.
(module (func (param f64) (result i64) (i64.trunc_f64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (187 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x69
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: ucomisd xmm1, xmm1
;;    23: jp $+0x63
;;    29: mov rax, 0x43e0000000000000
;;    33: movq xmm15, rax
;;    38: ucomisd xmm1, xmm15
;;    3d: jnb $+0x13
;;    43: cvttsd2si rbx, xmm1
;;    48: test rbx, rbx
;;    4b: js $+0x45
;;    51: jmp $+0x24
;;    56: movaps xmm0, xmm1
;;    5a: subsd xmm0, xmm15
;;    5f: cvttsd2si rbx, xmm0
;;    64: test rbx, rbx
;;    67: js $+0x29
;;    6d: mov rax, -0x8000000000000000
;;    77: xor rbx, rax
;;    7a: mov rax, rbx
;;    7d: mov rsp, rbp
;;    80: pop rbp
;;    81: ret
;;    82: mov eax, 0x9
;;    87: jmp $+0x2a
;;    8c: mov eax, 0x4
;;    91: jmp $+0xa
;;    96: mov eax, 0x3
;;    9b: jmp $+0x0
;;    a0: mov ebx, eax
;;    a2: mov rdi, rbp
;;    a5: lea rsi, qword [rip - 0xc]
;;    ac: and rsp, -0x10
;;    b0: call qword [r14 + 0x30]
;;    b4: mov eax, ebx
;;    b6: mov rsp, qword [r13 + 0x8]
;;    ba: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x40
;;    20: ldr d0, [x29, #0x10]
;;    24: fcmp d0, d0
;;    28: b.vs $+0x3c
;;    2c: mov x17, #0xbff0000000000000
;;    30: fmov d31, x17
;;    34: fcmp d0, d31
;;    38: b.le $+0x34
;;    3c: mov x17, #0x43f0000000000000
;;    40: fmov d31, x17
;;    44: fcmp d0, d31
;;    48: b.ge $+0x24
;;    4c: fcvtzu x0, d0
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x34
;;    64: mov w0, #0x4
;;    68: b $+0xc
;;    6c: mov w0, #0x3
;;    70: b $+0x4
;;    74: mov w19, w0
;;    78: mov x0, x29
;;    7c: adr x1, $-0x8
;;    80: mov x16, sp
;;    84: and sp, x16, #0xfffffffffffffff0
;;    88: ldr x17, [x28, #0x30]
;;    8c: blr x17
;;    90: mov w0, w19
;;    94: ldr x16, [x26, #0x8]
;;    98: ldr x17, [x16]
;;    9c: add sp, x16, #0x10
;;    a0: br x17
