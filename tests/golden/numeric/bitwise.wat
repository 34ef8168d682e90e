;; and, or and xor with register and constant operands.
(module (func (param i32 i32) (result i32)
  (i32.xor (i32.or (i32.and (local.get 0) (local.get 1)) (i32.const 0xff00)) (i32.const -1))))

;; ==== x64 ====
;; function 0 (85 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x17
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: and ebx, dword [rbp + 0x18]
;;    1f: or ebx, 0xff00
;;    25: xor ebx, -0x1
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
;; function 0 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x2c
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr w16, [x29, #0x18]
;;    28: and w0, w0, w16
;;    2c: orr w0, w0, #0xff00
;;    30: mov w16, #0xffffffff
;;    34: eor w0, w0, w16
;;    38: mov w0, w0
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x24
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
