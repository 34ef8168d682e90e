;; and, or and xor with register and constant operands.
(module (func (param i32 i32) (result i32)
  (i32.xor (i32.or (i32.and (local.get 0) (local.get 1)) (i32.const 0xff00)) (i32.const -1))))

;; ==== x64 ====
;; function 0 (89 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x13
;;    21: and esi, edi
;;    23: or esi, 0xff00
;;    29: xor esi, -0x1
;;    2c: mov eax, esi
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
;; function 0 (128 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x24
;;    28: and w0, w0, w1
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
