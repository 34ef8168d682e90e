;; Unsigned division: traps on a zero divisor.
(module (func (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (107 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x1b
;;    21: test edi, edi
;;    23: jz $+0x1d
;;    29: mov eax, esi
;;    2c: xor edx, edx
;;    2e: div edi
;;    31: mov esi, eax
;;    34: mov eax, esi
;;    37: mov rsp, rbp
;;    3a: pop rbp
;;    3b: ret
;;    3c: mov eax, 0x9
;;    41: jmp $+0x20
;;    46: mov eax, 0x2
;;    4b: jmp $+0x0
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x1c
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
