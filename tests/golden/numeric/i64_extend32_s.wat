;; Sign extension of the low 32 bits of an i64.
(module (func (param i64) (result i64) (i64.extend32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (78 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0xb
;;    1e: movsxd rsi, esi
;;    21: mov rax, rsi
;;    24: mov rsp, rbp
;;    27: pop rbp
;;    28: ret
;;    29: mov eax, 0x9
;;    2e: jmp $+0x16
;;    33: mov ebx, eax
;;    35: mov rdi, rbp
;;    38: lea rsi, qword [rip - 0xc]
;;    3f: and rsp, -0x10
;;    43: call qword [r14 + 0x30]
;;    47: mov eax, ebx
;;    49: mov rsp, qword [r13 + 0x8]
;;    4d: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x14
;;    24: sxtw x0, w0
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w0, #0x9
;;    38: b $+0x24
;;    3c: mov w19, w0
;;    40: mov x0, x29
;;    44: adr x1, $-0x8
;;    48: mov x16, sp
;;    4c: and sp, x16, #0xfffffffffffffff0
;;    50: ldr x17, [x28, #0x30]
;;    54: blr x17
;;    58: mov w0, w19
;;    5c: ldr x16, [x26, #0x8]
;;    60: ldr x17, [x16]
;;    64: add sp, x16, #0x10
;;    68: br x17
