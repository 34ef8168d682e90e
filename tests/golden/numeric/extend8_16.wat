;; Sign extension of the low 8 and 16 bits.
(module (func (param i32 i64) (result i64)
  (i64.add (i64.extend_i32_u (i32.extend8_s (local.get 0))) (i64.extend16_s (local.get 1)))))

;; ==== x64 ====
;; function 0 (88 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1a
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsx ebx, bl
;;    20: mov rsi, qword [rbp + 0x18]
;;    24: movsx rsi, si
;;    28: add rbx, rsi
;;    2b: mov rax, rbx
;;    2e: mov rsp, rbp
;;    31: pop rbp
;;    32: ret
;;    33: mov eax, 0x9
;;    38: jmp $+0x16
;;    3d: mov ebx, eax
;;    3f: mov rdi, rbp
;;    42: lea rsi, qword [rip - 0xc]
;;    49: and rsp, -0x10
;;    4d: call qword [r14 + 0x30]
;;    51: mov eax, ebx
;;    53: mov rsp, qword [r13 + 0x8]
;;    57: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: ldr w0, [x29, #0x10]
;;    24: sxtb w0, w0
;;    28: ldr x1, [x29, #0x18]
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
