;; The register-preserving trampoline to the builtins cold paths call (RetainArgs, FuncRef, ...).
;;! trampoline preserving
(module)

;; ==== x64 ====
;; function 0 (410 bytes, calls [])
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
;;    be: mov eax, esi
;;    c0: shr eax, 0x18
;;    c3: and esi, 0xffffff
;;    c9: mov rdx, qword [rsp + 0x158]
;;    d1: lea rcx, qword [rsp + 0x160]
;;    d9: mov r8, qword [r14 + 0x18]
;;    e1: call qword [r8 + rax * 8]
;;    e5: movdqu xmm0, xmmword [rsp]
;;    ef: movdqu xmm1, xmmword [rsp + 0x10]
;;    f9: movdqu xmm2, xmmword [rsp + 0x20]
;;   103: movdqu xmm3, xmmword [rsp + 0x30]
;;   10d: movdqu xmm4, xmmword [rsp + 0x40]
;;   117: movdqu xmm5, xmmword [rsp + 0x50]
;;   121: movdqu xmm6, xmmword [rsp + 0x60]
;;   12b: movdqu xmm7, xmmword [rsp + 0x70]
;;   135: movdqu xmm8, xmmword [rsp + 0x80]
;;   13f: movdqu xmm9, xmmword [rsp + 0x90]
;;   149: movdqu xmm10, xmmword [rsp + 0xa0]
;;   153: movdqu xmm11, xmmword [rsp + 0xb0]
;;   15d: movdqu xmm12, xmmword [rsp + 0xc0]
;;   167: movdqu xmm13, xmmword [rsp + 0xd0]
;;   171: movdqu xmm14, xmmword [rsp + 0xe0]
;;   17b: movdqu xmm15, xmmword [rsp + 0xf0]
;;   185: add rsp, 0x100
;;   18c: pop r11
;;   18e: pop r10
;;   190: pop r9
;;   192: pop r8
;;   194: pop rdi
;;   195: pop rsi
;;   196: pop rdx
;;   197: pop rcx
;;   198: pop rax
;;   199: ret

;; ==== aarch64 ====
;; function 0 (252 bytes, calls [])
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
;;    74: lsr w10, w1, #0x18
;;    78: and w1, w1, #0xffffff
;;    7c: ldr x2, [x29, #0x10]
;;    80: add x3, x29, #0x20
;;    84: ldr x9, [x28, #0x18]
;;    88: ldr x9, [x9, x10, lsl #3]
;;    8c: blr x9
;;    90: ldp q30, q31, [sp], #0x20
;;    94: ldp q28, q29, [sp], #0x20
;;    98: ldp q26, q27, [sp], #0x20
;;    9c: ldp q24, q25, [sp], #0x20
;;    a0: ldp q22, q23, [sp], #0x20
;;    a4: ldp q20, q21, [sp], #0x20
;;    a8: ldp q18, q19, [sp], #0x20
;;    ac: ldp q16, q17, [sp], #0x20
;;    b0: ldp q14, q15, [sp], #0x20
;;    b4: ldp q12, q13, [sp], #0x20
;;    b8: ldp q10, q11, [sp], #0x20
;;    bc: ldp q8, q9, [sp], #0x20
;;    c0: ldp q6, q7, [sp], #0x20
;;    c4: ldp q4, q5, [sp], #0x20
;;    c8: ldp q2, q3, [sp], #0x20
;;    cc: ldp q0, q1, [sp], #0x20
;;    d0: ldp x16, x17, [sp], #0x10
;;    d4: ldp x14, x15, [sp], #0x10
;;    d8: ldp x12, x13, [sp], #0x10
;;    dc: ldp x10, x11, [sp], #0x10
;;    e0: ldp x8, x9, [sp], #0x10
;;    e4: ldp x6, x7, [sp], #0x10
;;    e8: ldp x4, x5, [sp], #0x10
;;    ec: ldp x2, x3, [sp], #0x10
;;    f0: ldp x0, x1, [sp], #0x10
;;    f4: ldp x29, x30, [sp], #0x10
;;    f8: ret
