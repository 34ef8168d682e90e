;; select on a comparison: a compare-and-branch around a move.
(module (func (param i64 i64) (result i64)
  (select (local.get 0) (local.get 1) (i64.lt_s (local.get 0) (local.get 1)))))

;; ==== x64 ====
;; function 0 (87 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x19
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, qword [rbp + 0x10]
;;    21: cmp rbx, qword [rbp + 0x18]
;;    25: cmovge rsi, qword [rbp + 0x18]
;;    2a: mov rax, rsi
;;    2d: mov rsp, rbp
;;    30: pop rbp
;;    31: ret
;;    32: mov eax, 0x9
;;    37: jmp $+0x16
;;    3c: mov ebx, eax
;;    3e: mov rdi, rbp
;;    41: lea rsi, qword [rip - 0xc]
;;    48: and rsp, -0x10
;;    4c: call qword [r14 + 0x30]
;;    50: mov eax, ebx
;;    52: mov rsp, qword [r13 + 0x8]
;;    56: ret

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
;;    34: ldr x17, [x29, #0x18]
;;    38: csel x1, x1, x17, lt
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
