;; Trapping f64 -> u32.
(module (func (param f64) (result i32) (i32.trunc_f64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (125 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x25
;;    1f: ucomisd xmm1, xmm1
;;    24: jp $+0x24
;;    2a: cvttsd2si rbx, xmm1
;;    2f: mov rax, rbx
;;    32: shr rax, 0x20
;;    36: jnz $+0x1c
;;    3c: mov eax, ebx
;;    3f: mov rsp, rbp
;;    42: pop rbp
;;    43: ret
;;    44: mov eax, 0x9
;;    49: jmp $+0x2a
;;    4e: mov eax, 0x4
;;    53: jmp $+0xa
;;    58: mov eax, 0x3
;;    5d: jmp $+0x0
;;    62: mov ebx, eax
;;    64: mov rdi, rbp
;;    67: lea rsi, qword [rip - 0xc]
;;    6e: and rsp, -0x10
;;    72: call qword [r14 + 0x30]
;;    76: mov eax, ebx
;;    78: mov rsp, qword [r13 + 0x8]
;;    7c: ret

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x38
;;    24: fcmp d0, d0
;;    28: b.vs $+0x38
;;    2c: fmov d31, #-1.0
;;    30: fcmp d0, d31
;;    34: b.le $+0x34
;;    38: ldr d31, $+0x68
;;    3c: fcmp d0, d31
;;    40: b.ge $+0x28
;;    44: fcvtzu w0, d0
;;    48: mov w0, w0
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x34
;;    60: mov w0, #0x4
;;    64: b $+0xc
;;    68: mov w0, #0x3
;;    6c: b $+0x4
;;    70: mov w19, w0
;;    74: mov x0, x29
;;    78: adr x1, $-0x8
;;    7c: mov x16, sp
;;    80: and sp, x16, #0xfffffffffffffff0
;;    84: ldr x17, [x28, #0x30]
;;    88: blr x17
;;    8c: mov w0, w19
;;    90: ldr x16, [x26, #0x8]
;;    94: ldr x17, [x16]
;;    98: add sp, x16, #0x10
;;    9c: br x17
;;    a0: .word 0x00000000
;;    a4: .word 0x41f00000
;;    a8: .word 0x00000000
;;    ac: .word 0x00000000
