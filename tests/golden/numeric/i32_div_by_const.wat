;; Division by a constant: the divisor is materialized in a register.
(module (func (param i32) (result i32) (i32.div_u (local.get 0) (i32.const 10))))

;; ==== x64 ====
;; function 0 (109 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x21
;;    1d: mov ebx, 0xa
;;    23: test ebx, ebx
;;    25: jz $+0x1d
;;    2b: mov eax, esi
;;    2e: xor edx, edx
;;    30: div ebx
;;    33: mov esi, eax
;;    36: mov eax, esi
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x20
;;    48: mov eax, 0x2
;;    4d: jmp $+0x0
;;    52: mov ebx, eax
;;    54: mov rdi, rbp
;;    57: lea rsi, qword [rip - 0xc]
;;    5e: and rsp, -0x10
;;    62: call qword [r14 + 0x30]
;;    66: mov eax, ebx
;;    68: mov rsp, qword [r13 + 0x8]
;;    6c: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x20
;;    24: mov w1, #0xa
;;    28: cbz w1, $+0x20
;;    2c: udiv w0, w0, w1
;;    30: mov w0, w0
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
