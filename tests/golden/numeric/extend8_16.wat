;; Sign extension of the low 8 and 16 bits.
(module (func (param i32 i64) (result i64)
  (i64.add (i64.extend_i32_u (i32.extend8_s (local.get 0))) (i64.extend16_s (local.get 1)))))

;; ==== x64 ====
;; function 0 (90 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: push rbp
;;     a: mov rbp, rsp
;;     d: sub rsp, 0x20
;;    14: mov qword [rbp - 0x8], r14
;;    18: cmp rsp, qword [r13]
;;    1c: jb $+0x13
;;    22: movsx esi, sil
;;    26: movsx rdi, di
;;    2a: add rsi, rdi
;;    2d: mov rax, rsi
;;    30: mov rsp, rbp
;;    33: pop rbp
;;    34: ret
;;    35: mov eax, 0x9
;;    3a: jmp $+0x16
;;    3f: mov ebx, eax
;;    41: mov rdi, rbp
;;    44: lea rsi, qword [rip - 0xc]
;;    4b: and rsp, -0x10
;;    4f: call qword [r14 + 0x30]
;;    53: mov eax, ebx
;;    55: mov rsp, qword [r13 + 0x8]
;;    59: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x1c
;;    28: sxtb w0, w0
;;    2c: sxth x1, w1
;;    30: add x0, x0, x1
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
