;; Local 2 is read again after the shift: the shift works on a copy, and the xor reads local 2
;; from its register rather than reloading it from the frame.
(module (func (param i32 i32) (result i32) (local i32)
  (local.set 2 (i32.add (local.get 0) (local.get 1)))
  (local.set 1 (i32.shr_u (local.get 2) (i32.const 1)))
  (i32.xor (local.get 1) (local.get 2))))

;; ==== x64 ====
;; function 0 (100 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x26
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: mov ebx, dword [rbp + 0x10]
;;    25: add ebx, dword [rbp + 0x18]
;;    28: mov dword [rbp - 0x10], ebx
;;    2b: mov esi, ebx
;;    2e: shr esi, 0x1
;;    32: mov dword [rbp + 0x18], esi
;;    35: xor esi, ebx
;;    37: mov eax, esi
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x16
;;    49: mov ebx, eax
;;    4b: mov rdi, rbp
;;    4e: lea rsi, qword [rip - 0xc]
;;    55: and rsp, -0x10
;;    59: call qword [r14 + 0x30]
;;    5d: mov eax, ebx
;;    5f: mov rsp, qword [r13 + 0x8]
;;    63: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x38
;;    24: stur xzr, [x29, #-0x10]
;;    28: ldr w0, [x29, #0x10]
;;    2c: ldr w16, [x29, #0x18]
;;    30: add w0, w0, w16
;;    34: stur w0, [x29, #-0x10]
;;    38: mov w1, w0
;;    3c: lsr w1, w1, #0x1
;;    40: str w1, [x29, #0x18]
;;    44: eor w1, w1, w0
;;    48: mov w0, w1
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x24
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
