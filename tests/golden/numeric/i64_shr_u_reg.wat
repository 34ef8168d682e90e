;; 64-bit logical shift right by a register count.
(module (func (param i64 i64) (result i64) (i64.shr_u (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (85 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x17
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov ecx, dword [rbp + 0x18]
;;    25: shr rbx, cl
;;    28: mov rax, rbx
;;    2b: mov rsp, rbp
;;    2e: pop rbp
;;    2f: ret
;;    30: mov eax, 0x9
;;    35: jmp $+0x16
;;    3a: mov ebx, eax
;;    3c: mov rdi, rbp
;;    3f: lea rsi, qword [rip - 0xc]
;;    46: and rsp, -0x10
;;    4a: call qword [r14 + 0x30]
;;    4e: mov eax, ebx
;;    50: mov rsp, qword [r13 + 0x8]
;;    54: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x1c
;;    20: ldr x0, [x29, #0x10]
;;    24: ldr x16, [x29, #0x18]
;;    28: lsr x0, x0, x16
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
