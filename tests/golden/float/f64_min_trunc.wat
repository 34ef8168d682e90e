;; f64.min (NaN and signed zeros) feeding a trapping conversion.
(module (func (param f64 f64) (result i32)
  (i32.trunc_f64_s (f64.min (local.get 0) (local.get 1)))))

;; ==== x64 ====
;; function 0 (224 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x20
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x71
;;    25: ucomisd xmm1, xmm2
;;    2a: jp $+0x19
;;    30: jnz $+0x9
;;    36: orps xmm1, xmm2
;;    3a: jmp $+0xf
;;    3f: minsd xmm1, xmm2
;;    44: jmp $+0x5
;;    49: addsd xmm1, xmm2
;;    4e: ucomisd xmm1, xmm1
;;    53: jp $+0x47
;;    59: cvttsd2si ebx, xmm1
;;    5e: cmp ebx, -0x80000000
;;    65: jnz $+0x23
;;    6b: movsd xmm15, qword [rip + 0x5c]
;;    74: ucomisd xmm1, xmm15
;;    79: jna $+0x2b
;;    7f: xorps xmm15, xmm15
;;    83: ucomisd xmm1, xmm15
;;    88: jnb $+0x1c
;;    8e: mov eax, ebx
;;    91: mov rsp, rbp
;;    94: pop rbp
;;    95: ret
;;    96: mov eax, 0x9
;;    9b: jmp $+0x2a
;;    a0: mov eax, 0x4
;;    a5: jmp $+0xa
;;    aa: mov eax, 0x3
;;    af: jmp $+0x0
;;    b4: mov ebx, eax
;;    b6: mov rdi, rbp
;;    b9: lea rsi, qword [rip - 0xc]
;;    c0: and rsp, -0x10
;;    c4: call qword [r14 + 0x30]
;;    c8: mov eax, ebx
;;    ca: mov rsp, qword [r13 + 0x8]
;;    ce: ret
;;    cf: int 0x3
;;    d0: .word 0x00200000
;;    d4: .word 0xc1e00000
;;    d8: .word 0x00000000
;;    dc: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (208 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: ldr d1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x3c
;;    28: fmin d0, d0, d1
;;    2c: fcmp d0, d0
;;    30: b.vs $+0x38
;;    34: ldr d31, $+0x7c
;;    38: fcmp d0, d31
;;    3c: b.le $+0x34
;;    40: ldr d31, $+0x80
;;    44: fcmp d0, d31
;;    48: b.ge $+0x28
;;    4c: fcvtzs w0, d0
;;    50: mov w0, w0
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov w0, #0x9
;;    64: b $+0x34
;;    68: mov w0, #0x4
;;    6c: b $+0xc
;;    70: mov w0, #0x3
;;    74: b $+0x4
;;    78: mov w19, w0
;;    7c: mov x0, x29
;;    80: adr x1, $-0x8
;;    84: mov x16, sp
;;    88: and sp, x16, #0xfffffffffffffff0
;;    8c: ldr x17, [x28, #0x30]
;;    90: blr x17
;;    94: mov w0, w19
;;    98: ldr x16, [x26, #0x8]
;;    9c: ldr x17, [x16]
;;    a0: add sp, x16, #0x10
;;    a4: br x17
;;    a8: udf #0x0
;;    ac: udf #0x0
;;    b0: .word 0x00200000
;;    b4: .word 0xc1e00000
;;    b8: .word 0x00000000
;;    bc: .word 0x00000000
;;    c0: .word 0x00000000
;;    c4: .word 0x41e00000
;;    c8: .word 0x00000000
;;    cc: .word 0x00000000
