;; With termination checks: a check at the function entry and at the loop header.
;;! interruptible
(module (func (param i32) (result i32)
  (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
  (local.get 0)))

;; ==== x64 ====
;; function 0 (116 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x28
;;    1d: cmp dword [r14 + 0x10], 0x0
;;    22: jnz $+0x27
;;    28: mov dword [rbp + 0x10], esi
;;    2b: cmp dword [r14 + 0x10], 0x0
;;    30: jnz $+0x19
;;    36: sub esi, 0x1
;;    39: test esi, esi
;;    3b: jnz $-0x12
;;    3d: mov eax, esi
;;    40: mov rsp, rbp
;;    43: pop rbp
;;    44: ret
;;    45: mov eax, 0x9
;;    4a: jmp $+0x20
;;    4f: mov eax, 0xd
;;    54: jmp $+0x0
;;    59: mov ebx, eax
;;    5b: mov rdi, rbp
;;    5e: lea rsi, qword [rip - 0xc]
;;    65: and rsp, -0x10
;;    69: call qword [r14 + 0x30]
;;    6d: mov eax, ebx
;;    6f: mov rsp, qword [r13 + 0x8]
;;    73: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x30
;;    24: ldr w16, [x28, #0x10]
;;    28: cbnz w16, $+0x30
;;    2c: str w0, [x29, #0x10]
;;    30: ldr w16, [x28, #0x10]
;;    34: cbnz w16, $+0x24
;;    38: sub w0, w0, #0x1
;;    3c: cbnz w0, $-0xc
;;    40: mov w0, w0
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
