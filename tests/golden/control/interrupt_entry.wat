;; With termination checks: a function without loops checks once at entry.
;;! interruptible
(module (func (param i32) (result i32) (i32.add (local.get 0) (i32.const 1))))

;; ==== x64 ====
;; function 0 (98 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x16
;;    1d: cmp dword [r14 + 0x10], 0x0
;;    22: jnz $+0x15
;;    28: add esi, 0x1
;;    2b: mov eax, esi
;;    2e: mov rsp, rbp
;;    31: pop rbp
;;    32: ret
;;    33: mov eax, 0x9
;;    38: jmp $+0x20
;;    3d: mov eax, 0xd
;;    42: jmp $+0x0
;;    47: mov ebx, eax
;;    49: mov rdi, rbp
;;    4c: lea rsi, qword [rip - 0xc]
;;    53: and rsp, -0x10
;;    57: call qword [r14 + 0x30]
;;    5b: mov eax, ebx
;;    5d: mov rsp, qword [r13 + 0x8]
;;    61: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x20
;;    24: ldr w16, [x28, #0x10]
;;    28: cbnz w16, $+0x20
;;    2c: add w0, w0, #0x1
;;    30: mov w0, w0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x2c
;;    48: mov w0, #0xd
;;    4c: b $+0x4
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
