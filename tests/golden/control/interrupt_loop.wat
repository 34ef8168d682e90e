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
;; function 0 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr w16, [x28, #0x10]
;;    28: cbnz w16, $+0x34
;;    2c: ldr w25, [x29, #0x10]
;;    30: ldr w16, [x28, #0x10]
;;    34: cbnz w16, $+0x28
;;    38: sub w25, w25, #0x1
;;    3c: cbnz w25, $-0xc
;;    40: str w25, [x29, #0x10]
;;    44: mov w0, w25
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x2c
;;    5c: mov w0, #0xd
;;    60: b $+0x4
;;    64: mov w19, w0
;;    68: mov x0, x29
;;    6c: adr x1, $-0x8
;;    70: mov x16, sp
;;    74: and sp, x16, #0xfffffffffffffff0
;;    78: ldr x17, [x28, #0x30]
;;    7c: blr x17
;;    80: mov w0, w19
;;    84: ldr x16, [x26, #0x8]
;;    88: ldr x17, [x16]
;;    8c: add sp, x16, #0x10
;;    90: br x17
