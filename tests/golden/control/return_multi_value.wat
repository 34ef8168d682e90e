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
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x38
;;    24: ldr w16, [x29, #0x10]
;;    28: stur w16, [x29, #-0x10]
;;    2c: ldr x16, [x29, #0x18]
;;    30: stur x16, [x29, #-0x18]
;;    34: ldur w16, [x29, #-0x10]
;;    38: str w16, [x29, #0x10]
;;    3c: ldur x16, [x29, #-0x18]
;;    40: str x16, [x29, #0x18]
;;    44: mov x16, #0x4004000000000000
;;    48: str x16, [x29, #0x20]
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x24
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
