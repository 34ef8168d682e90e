;; Signed remainder: MIN rem -1 is 0, not a trap.
(module (func (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (121 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x31
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: test ebx, ebx
;;    21: jz $+0x2d
;;    27: cmp ebx, -0x1
;;    2a: jnz $+0x8
;;    30: xor esi, esi
;;    33: jmp $+0xa
;;    38: mov eax, esi
;;    3b: cdq
;;    3c: idiv ebx
;;    3f: mov esi, edx
;;    42: mov eax, esi
;;    45: mov rsp, rbp
;;    48: pop rbp
;;    49: ret
;;    4a: mov eax, 0x9
;;    4f: jmp $+0x20
;;    54: mov eax, 0x2
;;    59: jmp $+0x0
;;    5e: mov ebx, eax
;;    60: mov rdi, rbp
;;    63: lea rsi, qword [rip - 0xc]
;;    6a: and rsp, -0x10
;;    6e: call qword [r14 + 0x30]
;;    72: mov eax, ebx
;;    74: mov rsp, qword [r13 + 0x8]
;;    78: ret

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: cbz w0, $+0x24
;;    2c: sdiv w16, w1, w0
;;    30: msub w1, w16, w0, w1
;;    34: mov w0, w1
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x2c
;;    4c: mov w0, #0x2
;;    50: b $+0x4
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
