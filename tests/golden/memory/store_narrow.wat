;; Narrow stores of registers and constants.
(module (memory 1) (func (param i32 i64)
  (i32.store8 (local.get 0) (i32.const 0x1ff))
  (i32.store16 offset=2 (local.get 0) (i32.wrap_i64 (local.get 1)))
  (i64.store32 offset=4 (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (100 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: push rbp
;;     a: mov rbp, rsp
;;     d: sub rsp, 0x20
;;    14: mov qword [rbp - 0x8], r14
;;    18: cmp rsp, qword [r13]
;;    1c: jb $+0x1d
;;    22: mov ecx, 0x1ff
;;    28: mov byte [r15 + rsi * 1], cl
;;    2c: mov ebx, edi
;;    2f: mov word [r15 + rsi * 1 + 0x2], bx
;;    35: mov dword [r15 + rsi * 1 + 0x4], edi
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
;; function 0 (136 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x2c
;;    28: mov w17, #0x1ff
;;    2c: strb w17, [x27, x0]
;;    30: mov w2, w1
;;    34: add x16, x0, #0x2
;;    38: strh w2, [x27, x16]
;;    3c: add x16, x0, #0x4
;;    40: str w1, [x27, x16]
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
