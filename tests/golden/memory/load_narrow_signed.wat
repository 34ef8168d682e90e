;; Narrow loads, sign- and zero-extended to both widths.
(module (memory 1) (func (param i32) (result i64)
  (i64.add
    (i64.add (i64.load8_s (local.get 0)) (i64.load16_u offset=2 (local.get 0)))
    (i64.add (i64.load32_s offset=4 (local.get 0))
      (i64.extend_i32_u (i32.add (i32.load8_u (local.get 0)) (i32.load16_s (local.get 0))))))))

;; ==== x64 ====
;; function 0 (127 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x41
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsx rbx, byte [r15 + rbx * 1]
;;    21: mov esi, dword [rbp + 0x10]
;;    24: movzx esi, word [r15 + rsi * 1 + 0x2]
;;    2a: add rbx, rsi
;;    2d: mov esi, dword [rbp + 0x10]
;;    30: movsxd rsi, dword [r15 + rsi * 1 + 0x4]
;;    35: mov edi, dword [rbp + 0x10]
;;    38: movzx edi, byte [r15 + rdi * 1]
;;    3d: mov r8d, dword [rbp + 0x10]
;;    41: movsx r8d, word [r15 + r8 * 1]
;;    46: add edi, r8d
;;    49: mov edi, edi
;;    4c: add rsi, rdi
;;    4f: add rbx, rsi
;;    52: mov rax, rbx
;;    55: mov rsp, rbp
;;    58: pop rbp
;;    59: ret
;;    5a: mov eax, 0x9
;;    5f: jmp $+0x16
;;    64: mov ebx, eax
;;    66: mov rdi, rbp
;;    69: lea rsi, qword [rip - 0xc]
;;    70: and rsp, -0x10
;;    74: call qword [r14 + 0x30]
;;    78: mov eax, ebx
;;    7a: mov rsp, qword [r13 + 0x8]
;;    7e: ret

;; ==== aarch64 ====
;; function 0 (172 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x54
;;    24: ldr w0, [x29, #0x10]
;;    28: ldrsb x0, [x27, x0]
;;    2c: ldr w1, [x29, #0x10]
;;    30: add x16, x1, #0x2
;;    34: ldrh w1, [x27, x16]
;;    38: add x0, x0, x1
;;    3c: ldr w1, [x29, #0x10]
;;    40: add x16, x1, #0x4
;;    44: ldrsw x1, [x27, x16]
;;    48: ldr w2, [x29, #0x10]
;;    4c: ldrb w2, [x27, x2]
;;    50: ldr w3, [x29, #0x10]
;;    54: ldrsh w3, [x27, x3]
;;    58: add w2, w2, w3
;;    5c: mov w2, w2
;;    60: add x1, x1, x2
;;    64: add x0, x0, x1
;;    68: mov sp, x29
;;    6c: ldp x29, x30, [sp], #0x10
;;    70: ret
;;    74: mov w0, #0x9
;;    78: b $+0x24
;;    7c: mov w19, w0
;;    80: mov x0, x29
;;    84: adr x1, $-0x8
;;    88: mov x16, sp
;;    8c: and sp, x16, #0xfffffffffffffff0
;;    90: ldr x17, [x28, #0x30]
;;    94: blr x17
;;    98: mov w0, w19
;;    9c: ldr x16, [x26, #0x8]
;;    a0: ldr x17, [x16]
;;    a4: add sp, x16, #0x10
;;    a8: br x17
