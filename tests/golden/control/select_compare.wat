;; select on a comparison: a compare-and-branch around a move.
(module (func (param i64 i64) (result i64)
  (select (local.get 0) (local.get 1) (i64.lt_s (local.get 0) (local.get 1)))))

;; ==== x64 ====
;; function 0 (87 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: mov rdi, qword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x30
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0xf
;;    23: cmp rdi, rsi
;;    26: cmovg rdi, rsi
;;    2a: mov rax, rdi
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
;; function 0 (120 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x30
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x1c
;;    28: cmp x1, x0
;;    2c: csel x1, x1, x0, le
;;    30: mov x0, x1
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
