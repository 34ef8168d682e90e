;; Saturating f64 -> u64.
(module (func (param f64) (result i64) (i64.trunc_sat_f64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (208 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x73
;;    1f: xorps xmm15, xmm15
;;    23: ucomisd xmm1, xmm15
;;    28: jp $+0x59
;;    2e: jna $+0x53
;;    34: movsd xmm15, qword [rip + 0x83]
;;    3d: ucomisd xmm1, xmm15
;;    42: jnb $+0xa
;;    48: cvttsd2si rbx, xmm1
;;    4d: jmp $+0x38
;;    52: movaps xmm0, xmm1
;;    56: subsd xmm0, xmm15
;;    5b: cvttsd2si rbx, xmm0
;;    60: test rbx, rbx
;;    63: js $+0x12
;;    69: mov rax, -0x8000000000000000
;;    73: xor rbx, rax
;;    76: jmp $+0xf
;;    7b: mov rbx, -0x1
;;    82: jmp $+0x3
;;    87: xor ebx, ebx
;;    8a: mov rax, rbx
;;    8d: mov rsp, rbp
;;    90: pop rbp
;;    91: ret
;;    92: mov eax, 0x9
;;    97: jmp $+0x16
;;    9c: mov ebx, eax
;;    9e: mov rdi, rbp
;;    a1: lea rsi, qword [rip - 0xc]
;;    a8: and rsp, -0x10
;;    ac: call qword [r14 + 0x30]
;;    b0: mov eax, ebx
;;    b2: mov rsp, qword [r13 + 0x8]
;;    b6: ret
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
;; function 0 (108 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x14
;;    24: fcvtzu x0, d0
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w0, #0x9
;;    38: b $+0x24
;;    3c: mov w19, w0
;;    40: mov x0, x29
;;    44: adr x1, $-0x8
;;    48: mov x16, sp
;;    4c: and sp, x16, #0xfffffffffffffff0
;;    50: ldr x17, [x28, #0x30]
;;    54: blr x17
;;    58: mov w0, w19
;;    5c: ldr x16, [x26, #0x8]
;;    60: ldr x17, [x16]
;;    64: add sp, x16, #0x10
;;    68: br x17
