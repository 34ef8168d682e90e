;; Local 2 is read again after the shift: the shift works on a copy, and the xor reads local 2
;; from its register rather than reloading it from the frame.
(module (func (param i32 i32) (result i32) (local i32)
  (local.set 2 (i32.add (local.get 0) (local.get 1)))
  (local.set 1 (i32.shr_u (local.get 2) (i32.const 1)))
  (i32.xor (local.get 1) (local.get 2))))

;; ==== x64 ====
;; function 0 (89 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x13
;;    21: add esi, edi
;;    23: mov ebx, esi
;;    26: shr ebx, 0x1
;;    2a: xor ebx, esi
;;    2c: mov eax, ebx
;;    2f: mov rsp, rbp
;;    32: pop rbp
;;    33: ret
;;    34: mov eax, 0x9
;;    39: jmp $+0x16
;;    3e: mov ebx, eax
;;    40: mov rdi, rbp
;;    43: lea rsi, qword [rip - 0xc]
;;    4a: and rsp, -0x10
;;    4e: call qword [r14 + 0x30]
;;    52: mov eax, ebx
;;    54: mov rsp, qword [r13 + 0x8]
;;    58: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x20
;;    28: add w0, w0, w1
;;    2c: lsr w2, w0, #0x1
;;    30: eor w2, w2, w0
;;    34: mov w0, w2
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
