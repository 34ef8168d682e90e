;; f64.min (NaN and signed zeros) feeding a trapping conversion.
(module (func (param f64 f64) (result i32)
  (i32.trunc_f64_s (f64.min (local.get 0) (local.get 1)))))

;; ==== x64 ====
;; function 0 (213 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x20
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x77
;;    25: ucomisd xmm1, xmm2
;;    2a: jp $+0x19
;;    30: jnz $+0x9
;;    36: orps xmm1, xmm2
;;    3a: jmp $+0xf
;;    3f: minsd xmm1, xmm2
;;    44: jmp $+0x5
;;    49: addsd xmm1, xmm2
;;    4e: ucomisd xmm1, xmm1
;;    53: jp $+0x4d
;;    59: cvttsd2si ebx, xmm1
;;    5e: cmp ebx, -0x80000000
;;    65: jnz $+0x29
;;    6b: mov rax, -0x3e1fffffffe00000
;;    75: movq xmm15, rax
;;    7a: ucomisd xmm1, xmm15
;;    7f: jna $+0x2b
;;    85: xorps xmm15, xmm15
;;    89: ucomisd xmm1, xmm15
;;    8e: jnb $+0x1c
;;    94: mov eax, ebx
;;    97: mov rsp, rbp
;;    9a: pop rbp
;;    9b: ret
;;    9c: mov eax, 0x9
;;    a1: jmp $+0x2a
;;    a6: mov eax, 0x4
;;    ab: jmp $+0xa
;;    b0: mov eax, 0x3
;;    b5: jmp $+0x0
;;    ba: mov ebx, eax
;;    bc: mov rdi, rbp
;;    bf: lea rsi, qword [rip - 0xc]
;;    c6: and rsp, -0x10
;;    ca: call qword [r14 + 0x30]
;;    ce: mov eax, ebx
;;    d0: mov rsp, qword [r13 + 0x8]
;;    d4: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: ldr d1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x48
;;    28: fmin d0, d0, d1
;;    2c: fcmp d0, d0
;;    30: b.vs $+0x44
;;    34: mov x17, #0x200000
;;    38: movk x17, #0xc1e0, lsl #48
;;    3c: fmov d31, x17
;;    40: fcmp d0, d31
;;    44: b.le $+0x38
;;    48: mov x17, #0x41e0000000000000
;;    4c: fmov d31, x17
;;    50: fcmp d0, d31
;;    54: b.ge $+0x28
;;    58: fcvtzs w0, d0
;;    5c: mov w0, w0
;;    60: mov sp, x29
;;    64: ldp x29, x30, [sp], #0x10
;;    68: ret
;;    6c: mov w0, #0x9
;;    70: b $+0x34
;;    74: mov w0, #0x4
;;    78: b $+0xc
;;    7c: mov w0, #0x3
;;    80: b $+0x4
;;    84: mov w19, w0
;;    88: mov x0, x29
;;    8c: adr x1, $-0x8
;;    90: mov x16, sp
;;    94: and sp, x16, #0xfffffffffffffff0
;;    98: ldr x17, [x28, #0x30]
;;    9c: blr x17
;;    a0: mov w0, w19
;;    a4: ldr x16, [x26, #0x8]
;;    a8: ldr x17, [x16]
;;    ac: add sp, x16, #0x10
;;    b0: br x17
