;; Local 2 is read again after the shift: the shift works on a copy, and the xor reads local 2
;; from its register rather than reloading it from the frame.
(module (func (param i32 i32) (result i32) (local i32)
  (local.set 2 (i32.add (local.get 0) (local.get 1)))
  (local.set 1 (i32.shr_u (local.get 2) (i32.const 1)))
  (i32.xor (local.get 1) (local.get 2))))

;; ==== x64 ====
;; function 0 (91 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1d
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: add ebx, dword [rbp + 0x18]
;;    1f: mov dword [rbp - 0x10], ebx
;;    22: mov esi, ebx
;;    25: shr esi, 0x1
;;    29: mov dword [rbp + 0x18], esi
;;    2c: xor esi, ebx
;;    2e: mov eax, esi
;;    31: mov rsp, rbp
;;    34: pop rbp
;;    35: ret
;;    36: mov eax, 0x9
;;    3b: jmp $+0x16
;;    40: mov ebx, eax
;;    42: mov rdi, rbp
;;    45: lea rsi, qword [rip - 0xc]
;;    4c: and rsp, -0x10
;;    50: call qword [r14 + 0x30]
;;    54: mov eax, ebx
;;    56: mov rsp, qword [r13 + 0x8]
;;    5a: ret

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x30
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr w16, [x29, #0x18]
;;    28: add w0, w0, w16
;;    2c: stur w0, [x29, #-0x10]
;;    30: lsr w1, w0, #0x1
;;    34: str w1, [x29, #0x18]
;;    38: eor w1, w1, w0
;;    3c: mov w0, w1
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
