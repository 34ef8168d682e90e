;; Trapping f64 -> u32.
(module (func (param f64) (result i32) (i32.trunc_f64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (124 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2a
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: ucomisd xmm1, xmm1
;;    23: jp $+0x24
;;    29: cvttsd2si rbx, xmm1
;;    2e: mov rax, rbx
;;    31: shr rax, 0x20
;;    35: jnz $+0x1c
;;    3b: mov eax, ebx
;;    3e: mov rsp, rbp
;;    41: pop rbp
;;    42: ret
;;    43: mov eax, 0x9
;;    48: jmp $+0x2a
;;    4d: mov eax, 0x4
;;    52: jmp $+0xa
;;    57: mov eax, 0x3
;;    5c: jmp $+0x0
;;    61: mov ebx, eax
;;    63: mov rdi, rbp
;;    66: lea rsi, qword [rip - 0xc]
;;    6d: and rsp, -0x10
;;    71: call qword [r14 + 0x30]
;;    75: mov eax, ebx
;;    77: mov rsp, qword [r13 + 0x8]
;;    7b: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x44
;;    20: ldr d0, [x29, #0x10]
;;    24: fcmp d0, d0
;;    28: b.vs $+0x40
;;    2c: mov x17, #0xbff0000000000000
;;    30: fmov d31, x17
;;    34: fcmp d0, d31
;;    38: b.le $+0x38
;;    3c: mov x17, #0x41f0000000000000
;;    40: fmov d31, x17
;;    44: fcmp d0, d31
;;    48: b.ge $+0x28
;;    4c: fcvtzu w0, d0
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
