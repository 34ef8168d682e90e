;; A function with three results: the first in a register, the rest in the caller's area.
(module (func (param i32 i64) (result i32 i64 f64)
  (local.get 0) (local.get 1) (f64.const 2.5)))

;; ==== x64 ====
;; function 0 (97 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: push rbp
;;     a: mov rbp, rsp
;;     d: sub rsp, 0x20
;;    14: mov qword [rbp - 0x8], r14
;;    18: cmp rsp, qword [r13]
;;    1c: jb $+0x1a
;;    22: mov dword [rbp + 0x10], esi
;;    25: mov qword [rbp + 0x18], rdi
;;    29: mov rax, 0x4004000000000000
;;    33: mov qword [rbp + 0x20], rax
;;    37: mov rsp, rbp
;;    3a: pop rbp
;;    3b: ret
;;    3c: mov eax, 0x9
;;    41: jmp $+0x16
;;    46: mov ebx, eax
;;    48: mov rdi, rbp
;;    4b: lea rsi, qword [rip - 0xc]
;;    52: and rsp, -0x10
;;    56: call qword [r14 + 0x30]
;;    5a: mov eax, ebx
;;    5c: mov rsp, qword [r13 + 0x8]
;;    60: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x20
;;    28: str w0, [x29, #0x10]
;;    2c: str x1, [x29, #0x18]
;;    30: mov x16, #0x4004000000000000
;;    34: str x16, [x29, #0x20]
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
