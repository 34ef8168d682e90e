;; Unsigned division: traps on a zero divisor.
(module (func (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (105 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x21
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: test ebx, ebx
;;    21: jz $+0x1d
;;    27: mov eax, esi
;;    2a: xor edx, edx
;;    2c: div ebx
;;    2f: mov esi, eax
;;    32: mov eax, esi
;;    35: mov rsp, rbp
;;    38: pop rbp
;;    39: ret
;;    3a: mov eax, 0x9
;;    3f: jmp $+0x20
;;    44: mov eax, 0x2
;;    49: jmp $+0x0
;;    4e: mov ebx, eax
;;    50: mov rdi, rbp
;;    53: lea rsi, qword [rip - 0xc]
;;    5a: and rsp, -0x10
;;    5e: call qword [r14 + 0x30]
;;    62: mov eax, ebx
;;    64: mov rsp, qword [r13 + 0x8]
;;    68: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: cbz w0, $+0x20
;;    2c: udiv w1, w1, w0
;;    30: mov w0, w1
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
