;; Signed division: traps on a zero divisor and on MIN / -1.
(module (func (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (141 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3b
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: test ebx, ebx
;;    21: jz $+0x37
;;    27: cmp ebx, -0x1
;;    2a: jnz $+0x12
;;    30: cmp esi, -0x80000000
;;    37: jz $+0x2b
;;    3d: jmp $+0x0
;;    42: mov eax, esi
;;    45: cdq
;;    46: idiv ebx
;;    49: mov esi, eax
;;    4c: mov eax, esi
;;    4f: mov rsp, rbp
;;    52: pop rbp
;;    53: ret
;;    54: mov eax, 0x9
;;    59: jmp $+0x2a
;;    5e: mov eax, 0x2
;;    63: jmp $+0xa
;;    68: mov eax, 0x3
;;    6d: jmp $+0x0
;;    72: mov ebx, eax
;;    74: mov rdi, rbp
;;    77: lea rsi, qword [rip - 0xc]
;;    7e: and rsp, -0x10
;;    82: call qword [r14 + 0x30]
;;    86: mov eax, ebx
;;    88: mov rsp, qword [r13 + 0x8]
;;    8c: ret

;; ==== aarch64 ====
;; function 0 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: cbz w0, $+0x34
;;    2c: cmn w0, #0x1
;;    30: b.ne $+0x10
;;    34: mov w16, #0x80000000
;;    38: cmp w1, w16
;;    3c: b.eq $+0x28
;;    40: sdiv w1, w1, w0
;;    44: mov w0, w1
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x34
;;    5c: mov w0, #0x2
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
