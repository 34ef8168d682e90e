;; Narrow loads, sign- and zero-extended to both widths.
(module (memory 1) (func (param i32) (result i64)
  (i64.add
    (i64.add (i64.load8_s (local.get 0)) (i64.load16_u offset=2 (local.get 0)))
    (i64.add (i64.load32_s offset=4 (local.get 0))
      (i64.extend_i32_u (i32.add (i32.load8_u (local.get 0)) (i32.load16_s (local.get 0))))))))

;; ==== x64 ====
;; function 0 (112 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x30
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x2e
;;    1d: movsx rbx, byte [r15 + rsi * 1]
;;    22: movzx edi, word [r15 + rsi * 1 + 0x2]
;;    28: add rbx, rdi
;;    2b: movsxd rdi, dword [r15 + rsi * 1 + 0x4]
;;    30: movzx r8d, byte [r15 + rsi * 1]
;;    35: movsx esi, word [r15 + rsi * 1]
;;    3a: add r8d, esi
;;    3d: add rdi, r8
;;    40: add rbx, rdi
;;    43: mov rax, rbx
;;    46: mov rsp, rbp
;;    49: pop rbp
;;    4a: ret
;;    4b: mov eax, 0x9
;;    50: jmp $+0x16
;;    55: mov ebx, eax
;;    57: mov rdi, rbp
;;    5a: lea rsi, qword [rip - 0xc]
;;    61: and rsp, -0x10
;;    65: call qword [r14 + 0x30]
;;    69: mov eax, ebx
;;    6b: mov rsp, qword [r13 + 0x8]
;;    6f: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x30
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x40
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
