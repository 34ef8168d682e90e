;; A function with three results: the first in a register, the rest in the caller's area.
(module (func (param i32 i64) (result i32 i64 f64)
  (local.get 0) (local.get 1) (f64.const 2.5)))

;; ==== x64 ====
;; function 0 (109 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2f
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: mov rax, qword [rbp + 0x18]
;;    23: mov qword [rbp - 0x18], rax
;;    27: mov eax, dword [rbp - 0x10]
;;    2a: mov dword [rbp + 0x10], eax
;;    2d: mov rax, qword [rbp - 0x18]
;;    31: mov qword [rbp + 0x18], rax
;;    35: mov rax, 0x4004000000000000
;;    3f: mov qword [rbp + 0x20], rax
;;    43: mov rsp, rbp
;;    46: pop rbp
;;    47: ret
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
;; function 0 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr w16, [x29, #0x10]
;;    24: stur w16, [x29, #-0x10]
;;    28: ldr x16, [x29, #0x18]
;;    2c: stur x16, [x29, #-0x18]
;;    30: ldur w16, [x29, #-0x10]
;;    34: str w16, [x29, #0x10]
;;    38: ldur x16, [x29, #-0x18]
;;    3c: str x16, [x29, #0x18]
;;    40: mov x16, #0x4004000000000000
;;    44: str x16, [x29, #0x20]
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x24
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
