;; Saturating f64 -> u64.
(module (func (param f64) (result i64) (i64.trunc_sat_f64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (189 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x79
;;    1f: xorps xmm15, xmm15
;;    23: ucomisd xmm1, xmm15
;;    28: jp $+0x5f
;;    2e: jna $+0x59
;;    34: mov rax, 0x43e0000000000000
;;    3e: movq xmm15, rax
;;    43: ucomisd xmm1, xmm15
;;    48: jnb $+0xa
;;    4e: cvttsd2si rbx, xmm1
;;    53: jmp $+0x38
;;    58: movaps xmm0, xmm1
;;    5c: subsd xmm0, xmm15
;;    61: cvttsd2si rbx, xmm0
;;    66: test rbx, rbx
;;    69: js $+0x12
;;    6f: mov rax, -0x8000000000000000
;;    79: xor rbx, rax
;;    7c: jmp $+0xf
;;    81: mov rbx, -0x1
;;    88: jmp $+0x3
;;    8d: xor ebx, ebx
;;    90: mov rax, rbx
;;    93: mov rsp, rbp
;;    96: pop rbp
;;    97: ret
;;    98: mov eax, 0x9
;;    9d: jmp $+0x16
;;    a2: mov ebx, eax
;;    a4: mov rdi, rbp
;;    a7: lea rsi, qword [rip - 0xc]
;;    ae: and rsp, -0x10
;;    b2: call qword [r14 + 0x30]
;;    b6: mov eax, ebx
;;    b8: mov rsp, qword [r13 + 0x8]
;;    bc: ret

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
