;; f64.min (NaN and signed zeros) feeding a trapping conversion.
(module (func (param f64 f64) (result i32)
  (i32.trunc_f64_s (f64.min (local.get 0) (local.get 1)))))

;; ==== x64 ====
;; function 0 (211 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x81
;;    19: movsd xmm1, qword [rbp + 0x18]
;;    1e: movsd xmm2, qword [rbp + 0x10]
;;    23: ucomisd xmm2, xmm1
;;    28: jp $+0x19
;;    2e: jnz $+0x9
;;    34: orps xmm2, xmm1
;;    38: jmp $+0xf
;;    3d: minsd xmm2, xmm1
;;    42: jmp $+0x5
;;    47: addsd xmm2, xmm1
;;    4c: ucomisd xmm2, xmm2
;;    51: jp $+0x4d
;;    57: cvttsd2si ebx, xmm2
;;    5c: cmp ebx, -0x80000000
;;    63: jnz $+0x29
;;    69: mov rax, -0x3e1fffffffe00000
;;    73: movq xmm15, rax
;;    78: ucomisd xmm2, xmm15
;;    7d: jna $+0x2b
;;    83: xorps xmm15, xmm15
;;    87: ucomisd xmm2, xmm15
;;    8c: jnb $+0x1c
;;    92: mov eax, ebx
;;    95: mov rsp, rbp
;;    98: pop rbp
;;    99: ret
;;    9a: mov eax, 0x9
;;    9f: jmp $+0x2a
;;    a4: mov eax, 0x4
;;    a9: jmp $+0xa
;;    ae: mov eax, 0x3
;;    b3: jmp $+0x0
;;    b8: mov ebx, eax
;;    ba: mov rdi, rbp
;;    bd: lea rsi, qword [rip - 0xc]
;;    c4: and rsp, -0x10
;;    c8: call qword [r14 + 0x30]
;;    cc: mov eax, ebx
;;    ce: mov rsp, qword [r13 + 0x8]
;;    d2: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x50
;;    20: ldr d0, [x29, #0x18]
;;    24: ldr d1, [x29, #0x10]
;;    28: fmin d1, d1, d0
;;    2c: fcmp d1, d1
;;    30: b.vs $+0x44
;;    34: mov x17, #0x200000
;;    38: movk x17, #0xc1e0, lsl #48
;;    3c: fmov d31, x17
;;    40: fcmp d1, d31
;;    44: b.le $+0x38
;;    48: mov x17, #0x41e0000000000000
;;    4c: fmov d31, x17
;;    50: fcmp d1, d31
;;    54: b.ge $+0x28
;;    58: fcvtzs w0, d1
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
