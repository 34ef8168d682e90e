;; select on a comparison: a compare-and-branch around a move.
(module (func (param i64 i64) (result i64)
  (select (local.get 0) (local.get 1) (i64.lt_s (local.get 0) (local.get 1)))))

;; ==== x64 ====
;; function 0 (93 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: mov rdi, qword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x30
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0x15
;;    23: mov rbx, rsi
;;    26: mov r8, rdi
;;    29: cmp rbx, r8
;;    2c: cmovge rsi, rdi
;;    30: mov rax, rsi
;;    33: mov rsp, rbp
;;    36: pop rbp
;;    37: ret
;;    38: mov eax, 0x9
;;    3d: jmp $+0x16
;;    42: mov ebx, eax
;;    44: mov rdi, rbp
;;    47: lea rsi, qword [rip - 0xc]
;;    4e: and rsp, -0x10
;;    52: call qword [r14 + 0x30]
;;    56: mov eax, ebx
;;    58: mov rsp, qword [r13 + 0x8]
;;    5c: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x30
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x20
;;    28: mov x2, x0
;;    2c: mov x3, x1
;;    30: cmp x2, x3
;;    34: csel x0, x0, x1, lt
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
