;; With termination checks: a check at the function entry and at the loop header.
;;! interruptible
(module (func (param i32) (result i32)
  (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
  (local.get 0)))

;; ==== x64 ====
;; function 0 (115 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2b
;;    19: cmp dword [r14 + 0x10], 0x0
;;    1e: jnz $+0x2a
;;    24: mov r12d, dword [rbp + 0x10]
;;    28: cmp dword [r14 + 0x10], 0x0
;;    2d: jnz $+0x1b
;;    33: sub r12d, 0x1
;;    37: test r12d, r12d
;;    3a: jnz $-0x14
;;    3c: mov eax, r12d
;;    3f: mov rsp, rbp
;;    42: pop rbp
;;    43: ret
;;    44: mov eax, 0x9
;;    49: jmp $+0x20
;;    4e: mov eax, 0xd
;;    53: jmp $+0x0
;;    58: mov ebx, eax
;;    5a: mov rdi, rbp
;;    5d: lea rsi, qword [rip - 0xc]
;;    64: and rsp, -0x10
;;    68: call qword [r14 + 0x30]
;;    6c: mov eax, ebx
;;    6e: mov rsp, qword [r13 + 0x8]
;;    72: ret

;; ==== aarch64 ====
;; function 0 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x30
;;    20: ldr w16, [x28, #0x10]
;;    24: cbnz w16, $+0x30
;;    28: ldr w25, [x29, #0x10]
;;    2c: ldr w16, [x28, #0x10]
;;    30: cbnz w16, $+0x24
;;    34: sub w25, w25, #0x1
;;    38: cbnz w25, $-0xc
;;    3c: mov w0, w25
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x2c
;;    54: mov w0, #0xd
;;    58: b $+0x4
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
