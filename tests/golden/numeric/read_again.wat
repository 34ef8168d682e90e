;; Local 2 is read again after the shift: the shift works on a copy, and the xor reads local 2
;; from its register rather than reloading it from the frame.
(module (func (param i32 i32) (result i32) (local i32)
  (local.set 2 (i32.add (local.get 0) (local.get 1)))
  (local.set 1 (i32.shr_u (local.get 2) (i32.const 1)))
  (i32.xor (local.get 1) (local.get 2))))

;; ==== x64 ====
;; function 0 (85 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x17
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: add ebx, dword [rbp + 0x18]
;;    1f: mov esi, ebx
;;    22: shr esi, 0x1
;;    26: xor esi, ebx
;;    28: mov eax, esi
;;    2b: mov rsp, rbp
;;    2e: pop rbp
;;    2f: ret
;;    30: mov eax, 0x9
;;    35: jmp $+0x16
;;    3a: mov ebx, eax
;;    3c: mov rdi, rbp
;;    3f: lea rsi, qword [rip - 0xc]
;;    46: and rsp, -0x10
;;    4a: call qword [r14 + 0x30]
;;    4e: mov eax, ebx
;;    50: mov rsp, qword [r13 + 0x8]
;;    54: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr w16, [x29, #0x18]
;;    28: add w0, w0, w16
;;    2c: lsr w1, w0, #0x1
;;    30: eor w1, w1, w0
;;    34: mov w0, w1
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
