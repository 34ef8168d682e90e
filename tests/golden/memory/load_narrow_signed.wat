;; Narrow loads, sign- and zero-extended to both widths.
(module (memory 1) (func (param i32) (result i64)
  (i64.add
    (i64.add (i64.load8_s (local.get 0)) (i64.load16_u offset=2 (local.get 0)))
    (i64.add (i64.load32_s offset=4 (local.get 0))
      (i64.extend_i32_u (i32.add (i32.load8_u (local.get 0)) (i32.load16_s (local.get 0))))))))

;; ==== x64 ====
;; function 0 (111 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x31
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsx rsi, byte [r15 + rbx * 1]
;;    21: movzx edi, word [r15 + rbx * 1 + 0x2]
;;    27: add rsi, rdi
;;    2a: movsxd rdi, dword [r15 + rbx * 1 + 0x4]
;;    2f: movzx r8d, byte [r15 + rbx * 1]
;;    34: movsx ebx, word [r15 + rbx * 1]
;;    39: add r8d, ebx
;;    3c: add rdi, r8
;;    3f: add rsi, rdi
;;    42: mov rax, rsi
;;    45: mov rsp, rbp
;;    48: pop rbp
;;    49: ret
;;    4a: mov eax, 0x9
;;    4f: jmp $+0x16
;;    54: mov ebx, eax
;;    56: mov rdi, rbp
;;    59: lea rsi, qword [rip - 0xc]
;;    60: and rsp, -0x10
;;    64: call qword [r14 + 0x30]
;;    68: mov eax, ebx
;;    6a: mov rsp, qword [r13 + 0x8]
;;    6e: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x44
;;    20: ldr w0, [x29, #0x10]
;;    24: ldrsb x1, [x27, x0]
;;    28: add x16, x0, #0x2
;;    2c: ldrh w2, [x27, x16]
;;    30: add x1, x1, x2
;;    34: add x16, x0, #0x4
;;    38: ldrsw x2, [x27, x16]
;;    3c: ldrb w3, [x27, x0]
;;    40: ldrsh w0, [x27, x0]
;;    44: add w3, w3, w0
;;    48: add x2, x2, x3
;;    4c: add x1, x1, x2
;;    50: mov x0, x1
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov w0, #0x9
;;    64: b $+0x24
;;    68: mov w19, w0
;;    6c: mov x0, x29
;;    70: adr x1, $-0x8
;;    74: mov x16, sp
;;    78: and sp, x16, #0xfffffffffffffff0
;;    7c: ldr x17, [x28, #0x30]
;;    80: blr x17
;;    84: mov w0, w19
;;    88: ldr x16, [x26, #0x8]
;;    8c: ldr x17, [x16]
;;    90: add sp, x16, #0x10
;;    94: br x17
