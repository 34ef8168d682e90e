;; A store at a register address with an offset and a load at a constant address.
(module (memory 1) (func (param i32) (result i64)
  (i64.store offset=16 (local.get 0) (i64.const 7))
  (i64.load offset=8 (i32.const 1024))))

;; ==== x64 ====
;; function 0 (91 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1d
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov ecx, 0x7
;;    22: mov qword [r15 + rbx * 1 + 0x10], rcx
;;    27: mov rsi, qword [r15 + 0x408]
;;    2e: mov rax, rsi
;;    31: mov rsp, rbp
;;    34: pop rbp
;;    35: ret
;;    36: mov eax, 0x9
;;    3b: jmp $+0x16
;;    40: mov ebx, eax
;;    42: mov rdi, rbp
;;    45: lea rsi, qword [rip - 0xc]
;;    4c: and rsp, -0x10
;;    50: call qword [r14 + 0x30]
;;    54: mov eax, ebx
;;    56: mov rsp, qword [r13 + 0x8]
;;    5a: ret

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x2c
;;    24: ldr w0, [x29, #0x10]
;;    28: mov x17, #0x7
;;    2c: add x16, x0, #0x10
;;    30: str x17, [x27, x16]
;;    34: mov x16, #0x408
;;    38: ldr x1, [x27, x16]
;;    3c: mov x0, x1
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x24
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
