;; Saturating f64 -> u64.
(module (func (param f64) (result i64) (i64.trunc_sat_f64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (188 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7e
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: xorps xmm15, xmm15
;;    22: ucomisd xmm1, xmm15
;;    27: jp $+0x5f
;;    2d: jna $+0x59
;;    33: mov rax, 0x43e0000000000000
;;    3d: movq xmm15, rax
;;    42: ucomisd xmm1, xmm15
;;    47: jnb $+0xa
;;    4d: cvttsd2si rbx, xmm1
;;    52: jmp $+0x38
;;    57: movaps xmm0, xmm1
;;    5b: subsd xmm0, xmm15
;;    60: cvttsd2si rbx, xmm0
;;    65: test rbx, rbx
;;    68: js $+0x12
;;    6e: mov rax, -0x8000000000000000
;;    78: xor rbx, rax
;;    7b: jmp $+0xf
;;    80: mov rbx, -0x1
;;    87: jmp $+0x3
;;    8c: xor ebx, ebx
;;    8f: mov rax, rbx
;;    92: mov rsp, rbp
;;    95: pop rbp
;;    96: ret
;;    97: mov eax, 0x9
;;    9c: jmp $+0x16
;;    a1: mov ebx, eax
;;    a3: mov rdi, rbp
;;    a6: lea rsi, qword [rip - 0xc]
;;    ad: and rsp, -0x10
;;    b1: call qword [r14 + 0x30]
;;    b5: mov eax, ebx
;;    b7: mov rsp, qword [r13 + 0x8]
;;    bb: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x18
;;    20: ldr d0, [x29, #0x10]
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
