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
;;    24: mov x17, #0x7
;;    28: add x16, x0, #0x10
;;    2c: str x17, [x27, x16]
;;    30: mov x16, #0x408
;;    34: ldr x1, [x27, x16]
;;    38: mov x0, x1
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
