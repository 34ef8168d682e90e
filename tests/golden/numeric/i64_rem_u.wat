;; 64-bit unsigned remainder.
(module (func (param i64 i64) (result i64) (i64.rem_u (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (110 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: mov rdi, qword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x20
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0x1c
;;    23: test rdi, rdi
;;    26: jz $+0x1d
;;    2c: mov rax, rsi
;;    2f: xor edx, edx
;;    31: div rdi
;;    34: mov rsi, rdx
;;    37: mov rax, rsi
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x20
;;    49: mov eax, 0x2
;;    4e: jmp $+0x0
;;    53: mov ebx, eax
;;    55: mov rdi, rbp
;;    58: lea rsi, qword [rip - 0xc]
;;    5f: and rsp, -0x10
;;    63: call qword [r14 + 0x30]
;;    67: mov eax, ebx
;;    69: mov rsp, qword [r13 + 0x8]
;;    6d: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x1c
;;    28: cbz x1, $+0x20
;;    2c: udiv x16, x0, x1
;;    30: msub x0, x16, x1, x0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x2c
;;    48: mov w0, #0x2
;;    4c: b $+0x4
;;    50: mov w19, w0
;;    54: mov x0, x29
;;    58: adr x1, $-0x8
;;    5c: mov x16, sp
;;    60: and sp, x16, #0xfffffffffffffff0
;;    64: ldr x17, [x28, #0x30]
;;    68: blr x17
;;    6c: mov w0, w19
;;    70: ldr x16, [x26, #0x8]
;;    74: ldr x17, [x16]
;;    78: add sp, x16, #0x10
;;    7c: br x17
