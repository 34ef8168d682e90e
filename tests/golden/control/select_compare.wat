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
;; function 0 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x2c
;;    20: ldr x0, [x29, #0x10]
;;    24: ldr x1, [x29, #0x10]
;;    28: ldr x16, [x29, #0x18]
;;    2c: cmp x0, x16
;;    30: ldr x17, [x29, #0x18]
;;    34: csel x1, x1, x17, lt
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
