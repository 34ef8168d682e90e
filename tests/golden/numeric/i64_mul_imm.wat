;; 64-bit multiplication by a constant that needs a wide immediate.
(module (func (param i64) (result i64) (i64.mul (local.get 0) (i64.const 0x123456789))))

;; ==== x64 ====
;; function 0 (88 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1a
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rax, 0x123456789
;;    27: imul rbx, rax
;;    2b: mov rax, rbx
;;    2e: mov rsp, rbp
;;    31: pop rbp
;;    32: ret
;;    33: mov eax, 0x9
;;    38: jmp $+0x16
;;    3d: mov ebx, eax
;;    3f: mov rdi, rbp
;;    42: lea rsi, qword [rip - 0xc]
;;    49: and rsp, -0x10
;;    4d: call qword [r14 + 0x30]
;;    51: mov eax, ebx
;;    53: mov rsp, qword [r13 + 0x8]
;;    57: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x24
;;    24: ldr x0, [x29, #0x10]
;;    28: mov x16, #0x6789
;;    2c: movk x16, #0x2345, lsl #16
;;    30: movk x16, #0x1, lsl #32
;;    34: mul x0, x0, x16
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
