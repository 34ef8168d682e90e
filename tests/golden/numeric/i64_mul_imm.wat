;; 64-bit multiplication by a constant that needs a wide immediate.
(module (func (param i64) (result i64) (i64.mul (local.get 0) (i64.const 0x123456789))))

;; ==== x64 ====
;; function 0 (89 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x20
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x16
;;    1e: mov rax, 0x123456789
;;    28: imul rsi, rax
;;    2c: mov rax, rsi
;;    2f: mov rsp, rbp
;;    32: pop rbp
;;    33: ret
;;    34: mov eax, 0x9
;;    39: jmp $+0x16
;;    3e: mov ebx, eax
;;    40: mov rdi, rbp
;;    43: lea rsi, qword [rip - 0xc]
;;    4a: and rsp, -0x10
;;    4e: call qword [r14 + 0x30]
;;    52: mov eax, ebx
;;    54: mov rsp, qword [r13 + 0x8]
;;    58: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x20
;;    24: mov x16, #0x6789
;;    28: movk x16, #0x2345, lsl #16
;;    2c: movk x16, #0x1, lsl #32
;;    30: mul x0, x0, x16
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
