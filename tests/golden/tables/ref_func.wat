;; ref.func loads the function's reference from the vmctx.
(module (elem declare func $f) (func $f (result funcref) (ref.func $f)))

;; ==== x64 ====
;; function 0 (74 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xc
;;    19: mov rbx, qword [r14 + 0x48]
;;    1d: mov rax, rbx
;;    20: mov rsp, rbp
;;    23: pop rbp
;;    24: ret
;;    25: mov eax, 0x9
;;    2a: jmp $+0x16
;;    2f: mov ebx, eax
;;    31: mov rdi, rbp
;;    34: lea rsi, qword [rip - 0xc]
;;    3b: and rsp, -0x10
;;    3f: call qword [r14 + 0x30]
;;    43: mov eax, ebx
;;    45: mov rsp, qword [r13 + 0x8]
;;    49: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x14
;;    24: ldr x0, [x28, #0x48]
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
