;; Trapping f32 -> i64.
(module (func (param f32) (result i64) (i64.trunc_f32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (192 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x4b
;;    1f: ucomiss xmm1, xmm1
;;    23: jp $+0x4b
;;    29: cvttss2si rbx, xmm1
;;    2e: mov rax, -0x8000000000000000
;;    38: cmp rbx, rax
;;    3b: jnz $+0x21
;;    41: movss xmm15, dword [rip + 0x66]
;;    4a: ucomiss xmm1, xmm15
;;    4e: jb $+0x2a
;;    54: xorps xmm15, xmm15
;;    58: ucomiss xmm1, xmm15
;;    5c: jnb $+0x1c
;;    62: mov rax, rbx
;;    65: mov rsp, rbp
;;    68: pop rbp
;;    69: ret
;;    6a: mov eax, 0x9
;;    6f: jmp $+0x2a
;;    74: mov eax, 0x4
;;    79: jmp $+0xa
;;    7e: mov eax, 0x3
;;    83: jmp $+0x0
;;    88: mov ebx, eax
;;    8a: mov rdi, rbp
;;    8d: lea rsi, qword [rip - 0xc]
;;    94: and rsp, -0x10
;;    98: call qword [r14 + 0x30]
;;    9c: mov eax, ebx
;;    9e: mov rsp, qword [r13 + 0x8]
;;    a2: ret
;;    a3: int 0x3
;;    a4: int 0x3
;;    a5: int 0x3
;;    a6: int 0x3
;;    a7: int 0x3
;;    a8: int 0x3
;;    a9: int 0x3
;;    aa: int 0x3
;;    ab: int 0x3
;;    ac: int 0x3
;;    ad: int 0x3
;;    ae: int 0x3
;;    af: int 0x3
;;    b0: .word 0xdf000000
;;    b4: .word 0x00000000
;;    b8: .word 0x00000000
;;    bc: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (192 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x34
;;    24: fcmp s0, s0
;;    28: b.vs $+0x34
;;    2c: ldr s31, $+0x74
;;    30: fcmp s0, s31
;;    34: b.lt $+0x30
;;    38: ldr s31, $+0x78
;;    3c: fcmp s0, s31
;;    40: b.ge $+0x24
;;    44: fcvtzs x0, s0
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
;;    a0: .word 0xdf000000
;;    a4: .word 0x00000000
;;    a8: .word 0x00000000
;;    ac: .word 0x00000000
;;    b0: .word 0x5f000000
;;    b4: .word 0x00000000
;;    b8: .word 0x00000000
;;    bc: .word 0x00000000
