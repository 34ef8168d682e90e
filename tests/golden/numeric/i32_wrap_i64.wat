;; Wrapping keeps the low 32 bits (a 32-bit move).
(module (func (param i64) (result i32) (i32.wrap_i64 (local.get 0))))

;; ==== x64 ====
;; function 0 (78 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0xb
;;    1e: mov esi, esi
;;    21: mov eax, esi
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
;; function 0 (112 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x18
;;    24: mov w0, w0
;;    28: mov w0, w0
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x9
;;    3c: b $+0x24
;;    40: mov w19, w0
;;    44: mov x0, x29
;;    48: adr x1, $-0x8
;;    4c: mov x16, sp
;;    50: and sp, x16, #0xfffffffffffffff0
;;    54: ldr x17, [x28, #0x30]
;;    58: blr x17
;;    5c: mov w0, w19
;;    60: ldr x16, [x26, #0x8]
;;    64: ldr x17, [x16]
;;    68: add sp, x16, #0x10
;;    6c: br x17
