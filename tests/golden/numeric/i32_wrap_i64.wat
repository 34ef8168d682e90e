;; Wrapping keeps the low 32 bits (a 32-bit move).
(module (func (param i64) (result i32) (i32.wrap_i64 (local.get 0))))

;; ==== x64 ====
;; function 0 (73 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xb
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov eax, ebx
;;    1f: mov rsp, rbp
;;    22: pop rbp
;;    23: ret
;;    24: mov eax, 0x9
;;    29: jmp $+0x16
;;    2e: mov ebx, eax
;;    30: mov rdi, rbp
;;    33: lea rsi, qword [rip - 0xc]
;;    3a: and rsp, -0x10
;;    3e: call qword [r14 + 0x30]
;;    42: mov eax, ebx
;;    44: mov rsp, qword [r13 + 0x8]
;;    48: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x18
;;    20: ldr w0, [x29, #0x10]
;;    24: mov w0, w0
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
