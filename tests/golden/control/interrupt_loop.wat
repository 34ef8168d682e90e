;; With termination checks: a check at the function entry and at the loop header.
;;! interruptible
(module (func (param i32) (result i32)
  (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
  (local.get 0)))

;; ==== x64 ====
;; function 0 (119 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2f
;;    19: cmp dword [r14 + 0x10], 0x0
;;    1e: jnz $+0x2e
;;    24: mov r12d, dword [rbp + 0x10]
;;    28: cmp dword [r14 + 0x10], 0x0
;;    2d: jnz $+0x1f
;;    33: sub r12d, 0x1
;;    37: test r12d, r12d
;;    3a: jnz $-0x14
;;    3c: mov dword [rbp + 0x10], r12d
;;    40: mov eax, r12d
;;    43: mov rsp, rbp
;;    46: pop rbp
;;    47: ret
;;    48: mov eax, 0x9
;;    4d: jmp $+0x20
;;    52: mov eax, 0xd
;;    57: jmp $+0x0
;;    5c: mov ebx, eax
;;    5e: mov rdi, rbp
;;    61: lea rsi, qword [rip - 0xc]
;;    68: and rsp, -0x10
;;    6c: call qword [r14 + 0x30]
;;    70: mov eax, ebx
;;    72: mov rsp, qword [r13 + 0x8]
;;    76: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr w16, [x28, #0x10]
;;    24: cbnz w16, $+0x34
;;    28: ldr w25, [x29, #0x10]
;;    2c: ldr w16, [x28, #0x10]
;;    30: cbnz w16, $+0x28
;;    34: sub w25, w25, #0x1
;;    38: cbnz w25, $-0xc
;;    3c: str w25, [x29, #0x10]
;;    40: mov w0, w25
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x2c
;;    58: mov w0, #0xd
;;    5c: b $+0x4
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
