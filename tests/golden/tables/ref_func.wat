;; ref.func loads the function's reference from the vmctx.
(module (elem declare func $f) (func $f (result funcref) (ref.func $f)))

;; ==== x64 ====
;; function 0 (109 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2f
;;    19: mov rbx, qword [r14 + 0x48]
;;    1d: test rbx, rbx
;;    20: jz $+0x8
;;    26: mov rax, rbx
;;    29: mov rsp, rbp
;;    2c: pop rbp
;;    2d: ret
;;    2e: push rbx
;;    30: push 0x11000000
;;    35: call qword [r14 + 0x38]
;;    3d: lea rsp, qword [rsp + 0x10]
;;    42: mov rbx, qword [r14 + 0x48]
;;    46: jmp $-0x22
;;    48: mov eax, 0x9
;;    4d: jmp $+0x16
;;    52: mov ebx, eax
;;    54: mov rdi, rbp
;;    57: lea rsi, qword [rip - 0xc]
;;    5e: and rsp, -0x10
;;    62: call qword [r14 + 0x30]
;;    66: mov eax, ebx
;;    68: mov rsp, qword [r13 + 0x8]
;;    6c: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr x0, [x28, #0x48]
;;    24: cbz x0, $+0x10
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w16, #0x11000000
;;    38: stp x0, x16, [sp, #-0x10]!
;;    3c: ldr x16, [x28, #0x38]
;;    40: blr x16
;;    44: add sp, sp, #0x10
;;    48: ldr x0, [x28, #0x48]
;;    4c: b $-0x24
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
