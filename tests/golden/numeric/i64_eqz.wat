;; 64-bit eqz as a value.
(module (func (param i64) (result i32) (i64.eqz (local.get 0))))

;; ==== x64 ====
;; function 0 (85 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x17
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: setz bl
;;    24: movzx ebx, bl
;;    28: mov eax, ebx
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
;; function 0 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr x0, [x29, #0x10]
;;    24: cmp x0, #0x0
;;    28: cset w0, eq
;;    2c: mov w0, w0
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
