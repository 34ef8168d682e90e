;; The register-preserving trampoline to the RetainArgs builtin.
;;! trampoline retain_args
(module)

;; ==== x64 ====
;; function 0 (401 bytes, calls [])
;;     0: push rax
;;     1: push rcx
;;     2: push rdx
;;     3: push rsi
;;     4: push rdi
;;     5: push r8
;;     7: push r9
;;     9: push r10
;;     b: push r11
;;     d: sub rsp, 0x100
;;    14: movdqu xmmword [rsp], xmm0
;;    1e: movdqu xmmword [rsp + 0x10], xmm1
;;    28: movdqu xmmword [rsp + 0x20], xmm2
;;    32: movdqu xmmword [rsp + 0x30], xmm3
;;    3c: movdqu xmmword [rsp + 0x40], xmm4
;;    46: movdqu xmmword [rsp + 0x50], xmm5
;;    50: movdqu xmmword [rsp + 0x60], xmm6
;;    5a: movdqu xmmword [rsp + 0x70], xmm7
;;    64: movdqu xmmword [rsp + 0x80], xmm8
;;    6e: movdqu xmmword [rsp + 0x90], xmm9
;;    78: movdqu xmmword [rsp + 0xa0], xmm10
;;    82: movdqu xmmword [rsp + 0xb0], xmm11
;;    8c: movdqu xmmword [rsp + 0xc0], xmm12
;;    96: movdqu xmmword [rsp + 0xd0], xmm13
;;    a0: movdqu xmmword [rsp + 0xe0], xmm14
;;    aa: movdqu xmmword [rsp + 0xf0], xmm15
;;    b4: mov rdi, r14
;;    b7: mov esi, dword [rsp + 0x150]
;;    be: mov rdx, qword [rsp + 0x158]
;;    c6: lea rcx, qword [rsp + 0x160]
;;    ce: mov rax, qword [r14 + 0x18]
;;    d6: call qword [rax + 0x58]
;;    dc: movdqu xmm0, xmmword [rsp]
;;    e6: movdqu xmm1, xmmword [rsp + 0x10]
;;    f0: movdqu xmm2, xmmword [rsp + 0x20]
;;    fa: movdqu xmm3, xmmword [rsp + 0x30]
;;   104: movdqu xmm4, xmmword [rsp + 0x40]
;;   10e: movdqu xmm5, xmmword [rsp + 0x50]
;;   118: movdqu xmm6, xmmword [rsp + 0x60]
;;   122: movdqu xmm7, xmmword [rsp + 0x70]
;;   12c: movdqu xmm8, xmmword [rsp + 0x80]
;;   136: movdqu xmm9, xmmword [rsp + 0x90]
;;   140: movdqu xmm10, xmmword [rsp + 0xa0]
;;   14a: movdqu xmm11, xmmword [rsp + 0xb0]
;;   154: movdqu xmm12, xmmword [rsp + 0xc0]
;;   15e: movdqu xmm13, xmmword [rsp + 0xd0]
;;   168: movdqu xmm14, xmmword [rsp + 0xe0]
;;   172: movdqu xmm15, xmmword [rsp + 0xf0]
;;   17c: add rsp, 0x100
;;   183: pop r11
;;   185: pop r10
;;   187: pop r9
;;   189: pop r8
;;   18b: pop rdi
;;   18c: pop rsi
;;   18d: pop rdx
;;   18e: pop rcx
;;   18f: pop rax
;;   190: ret

;; ==== aarch64 ====
;; function 0 (244 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: stp x0, x1, [sp, #-0x10]!
;;     c: stp x2, x3, [sp, #-0x10]!
;;    10: stp x4, x5, [sp, #-0x10]!
;;    14: stp x6, x7, [sp, #-0x10]!
;;    18: stp x8, x9, [sp, #-0x10]!
;;    1c: stp x10, x11, [sp, #-0x10]!
;;    20: stp x12, x13, [sp, #-0x10]!
;;    24: stp x14, x15, [sp, #-0x10]!
;;    28: stp x16, x17, [sp, #-0x10]!
;;    2c: stp q0, q1, [sp, #-0x20]!
;;    30: stp q2, q3, [sp, #-0x20]!
;;    34: stp q4, q5, [sp, #-0x20]!
;;    38: stp q6, q7, [sp, #-0x20]!
;;    3c: stp q8, q9, [sp, #-0x20]!
;;    40: stp q10, q11, [sp, #-0x20]!
;;    44: stp q12, q13, [sp, #-0x20]!
;;    48: stp q14, q15, [sp, #-0x20]!
;;    4c: stp q16, q17, [sp, #-0x20]!
;;    50: stp q18, q19, [sp, #-0x20]!
;;    54: stp q20, q21, [sp, #-0x20]!
;;    58: stp q22, q23, [sp, #-0x20]!
;;    5c: stp q24, q25, [sp, #-0x20]!
;;    60: stp q26, q27, [sp, #-0x20]!
;;    64: stp q28, q29, [sp, #-0x20]!
;;    68: stp q30, q31, [sp, #-0x20]!
;;    6c: mov x0, x28
;;    70: ldr w1, [x29, #0x18]
;;    74: ldr x2, [x29, #0x10]
;;    78: add x3, x29, #0x20
;;    7c: ldr x9, [x28, #0x18]
;;    80: ldr x9, [x9, #0x58]
;;    84: blr x9
;;    88: ldp q30, q31, [sp], #0x20
;;    8c: ldp q28, q29, [sp], #0x20
;;    90: ldp q26, q27, [sp], #0x20
;;    94: ldp q24, q25, [sp], #0x20
;;    98: ldp q22, q23, [sp], #0x20
;;    9c: ldp q20, q21, [sp], #0x20
;;    a0: ldp q18, q19, [sp], #0x20
;;    a4: ldp q16, q17, [sp], #0x20
;;    a8: ldp q14, q15, [sp], #0x20
;;    ac: ldp q12, q13, [sp], #0x20
;;    b0: ldp q10, q11, [sp], #0x20
;;    b4: ldp q8, q9, [sp], #0x20
;;    b8: ldp q6, q7, [sp], #0x20
;;    bc: ldp q4, q5, [sp], #0x20
;;    c0: ldp q2, q3, [sp], #0x20
;;    c4: ldp q0, q1, [sp], #0x20
;;    c8: ldp x16, x17, [sp], #0x10
;;    cc: ldp x14, x15, [sp], #0x10
;;    d0: ldp x12, x13, [sp], #0x10
;;    d4: ldp x10, x11, [sp], #0x10
;;    d8: ldp x8, x9, [sp], #0x10
;;    dc: ldp x6, x7, [sp], #0x10
;;    e0: ldp x4, x5, [sp], #0x10
;;    e4: ldp x2, x3, [sp], #0x10
;;    e8: ldp x0, x1, [sp], #0x10
;;    ec: ldp x29, x30, [sp], #0x10
;;    f0: ret
