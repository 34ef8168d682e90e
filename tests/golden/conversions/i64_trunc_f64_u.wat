;; Trapping f64 -> u64: values of 2^63 and up need a second conversion on x86-64.
(module (func (param f64) (result i64) (i64.trunc_f64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (208 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x5e
;;    1f: ucomisd xmm1, xmm1
;;    24: jp $+0x5d
;;    2a: movsd xmm15, qword [rip + 0x8d]
;;    33: ucomisd xmm1, xmm15
;;    38: jnb $+0x13
;;    3e: cvttsd2si rbx, xmm1
;;    43: test rbx, rbx
;;    46: js $+0x45
;;    4c: jmp $+0x24
;;    51: movaps xmm0, xmm1
;;    55: subsd xmm0, xmm15
;;    5a: cvttsd2si rbx, xmm0
;;    5f: test rbx, rbx
;;    62: js $+0x29
;;    68: mov rax, -0x8000000000000000
;;    72: xor rbx, rax
;;    75: mov rax, rbx
;;    78: mov rsp, rbp
;;    7b: pop rbp
;;    7c: ret
;;    7d: mov eax, 0x9
;;    82: jmp $+0x2a
;;    87: mov eax, 0x4
;;    8c: jmp $+0xa
;;    91: mov eax, 0x3
;;    96: jmp $+0x0
;;    9b: mov ebx, eax
;;    9d: mov rdi, rbp
;;    a0: lea rsi, qword [rip - 0xc]
;;    a7: and rsp, -0x10
;;    ab: call qword [r14 + 0x30]
;;    af: mov eax, ebx
;;    b1: mov rsp, qword [r13 + 0x8]
;;    b5: ret
;;    b6: int 0x3
;;    b7: int 0x3
;;    b8: int 0x3
;;    b9: int 0x3
;;    ba: int 0x3
;;    bb: int 0x3
;;    bc: int 0x3
;;    bd: int 0x3
;;    be: int 0x3
;;    bf: int 0x3
;;    c0: .word 0x00000000
;;    c4: .word 0x43e00000
;;    c8: .word 0x00000000
;;    cc: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x34
;;    24: fcmp d0, d0
;;    28: b.vs $+0x34
;;    2c: fmov d31, #-1.0
;;    30: fcmp d0, d31
;;    34: b.le $+0x30
;;    38: ldr d31, $+0x68
;;    3c: fcmp d0, d31
;;    40: b.ge $+0x24
;;    44: fcvtzu x0, d0
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x34
;;    5c: mov w0, #0x4
;;    60: b $+0xc
;;    64: mov w0, #0x3
;;    68: b $+0x4
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
;;    9c: udf #0x0
;;    a0: .word 0x00000000
;;    a4: .word 0x43f00000
;;    a8: .word 0x00000000
;;    ac: .word 0x00000000
