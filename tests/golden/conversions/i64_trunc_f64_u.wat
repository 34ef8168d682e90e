;; Trapping f64 -> u64: values of 2^63 and up need a second conversion on x86-64.
(module (func (param f64) (result i64) (i64.trunc_f64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (188 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x64
;;    1f: ucomisd xmm1, xmm1
;;    24: jp $+0x63
;;    2a: mov rax, 0x43e0000000000000
;;    34: movq xmm15, rax
;;    39: ucomisd xmm1, xmm15
;;    3e: jnb $+0x13
;;    44: cvttsd2si rbx, xmm1
;;    49: test rbx, rbx
;;    4c: js $+0x45
;;    52: jmp $+0x24
;;    57: movaps xmm0, xmm1
;;    5b: subsd xmm0, xmm15
;;    60: cvttsd2si rbx, xmm0
;;    65: test rbx, rbx
;;    68: js $+0x29
;;    6e: mov rax, -0x8000000000000000
;;    78: xor rbx, rax
;;    7b: mov rax, rbx
;;    7e: mov rsp, rbp
;;    81: pop rbp
;;    82: ret
;;    83: mov eax, 0x9
;;    88: jmp $+0x2a
;;    8d: mov eax, 0x4
;;    92: jmp $+0xa
;;    97: mov eax, 0x3
;;    9c: jmp $+0x0
;;    a1: mov ebx, eax
;;    a3: mov rdi, rbp
;;    a6: lea rsi, qword [rip - 0xc]
;;    ad: and rsp, -0x10
;;    b1: call qword [r14 + 0x30]
;;    b5: mov eax, ebx
;;    b7: mov rsp, qword [r13 + 0x8]
;;    bb: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x3c
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
