;; A store at a register address with an offset and a load at a constant address.
(module (memory 1) (func (param i32) (result i64)
  (i64.store offset=16 (local.get 0) (i64.const 7))
  (i64.load offset=8 (i32.const 1024))))

;; ==== x64 ====
;; function 0 (92 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x1a
;;    1d: mov ecx, 0x7
;;    23: mov qword [r15 + rsi * 1 + 0x10], rcx
;;    28: mov rbx, qword [r15 + 0x408]
;;    2f: mov rax, rbx
;;    32: mov rsp, rbp
;;    35: pop rbp
;;    36: ret
;;    37: mov eax, 0x9
;;    3c: jmp $+0x16
;;    41: mov ebx, eax
;;    43: mov rdi, rbp
;;    46: lea rsi, qword [rip - 0xc]
;;    4d: and rsp, -0x10
;;    51: call qword [r14 + 0x30]
;;    55: mov eax, ebx
;;    57: mov rsp, qword [r13 + 0x8]
;;    5b: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x28
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
