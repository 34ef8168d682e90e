;; select on a comparison: a compare-and-branch around a move.
(module (func (param i64 i64) (result i64)
  (select (local.get 0) (local.get 1) (i64.lt_s (local.get 0) (local.get 1)))))

;; ==== x64 ====
;; function 0 (92 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1e
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, qword [rbp + 0x10]
;;    21: cmp rbx, qword [rbp + 0x18]
;;    25: jl $+0x4
;;    2b: mov rsi, qword [rbp + 0x18]
;;    2f: mov rax, rsi
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
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x2c
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr x1, [x29, #0x10]
;;    2c: ldr x16, [x29, #0x18]
;;    30: cmp x0, x16
;;    34: b.lt $+0x8
;;    38: ldr x1, [x29, #0x18]
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
