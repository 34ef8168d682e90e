;; Narrow loads, sign- and zero-extended to both widths.
(module (memory 1) (func (param i32) (result i64)
  (i64.add
    (i64.add (i64.load8_s (local.get 0)) (i64.load16_u offset=2 (local.get 0)))
    (i64.add (i64.load32_s offset=4 (local.get 0))
      (i64.extend_i32_u (i32.add (i32.load8_u (local.get 0)) (i32.load16_s (local.get 0))))))))

;; ==== x64 ====
;; function 0 (114 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x34
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsx rsi, byte [r15 + rbx * 1]
;;    21: movzx edi, word [r15 + rbx * 1 + 0x2]
;;    27: add rsi, rdi
;;    2a: movsxd rdi, dword [r15 + rbx * 1 + 0x4]
;;    2f: movzx r8d, byte [r15 + rbx * 1]
;;    34: movsx ebx, word [r15 + rbx * 1]
;;    39: add r8d, ebx
;;    3c: mov r8d, r8d
;;    3f: add rdi, r8
;;    42: add rsi, rdi
;;    45: mov rax, rsi
;;    48: mov rsp, rbp
;;    4b: pop rbp
;;    4c: ret
;;    4d: mov eax, 0x9
;;    52: jmp $+0x16
;;    57: mov ebx, eax
;;    59: mov rdi, rbp
;;    5c: lea rsi, qword [rip - 0xc]
;;    63: and rsp, -0x10
;;    67: call qword [r14 + 0x30]
;;    6b: mov eax, ebx
;;    6d: mov rsp, qword [r13 + 0x8]
;;    71: ret

;; ==== aarch64 ====
;; function 0 (160 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x48
;;    24: ldr w0, [x29, #0x10]
;;    28: ldrsb x1, [x27, x0]
;;    2c: add x16, x0, #0x2
;;    30: ldrh w2, [x27, x16]
;;    34: add x1, x1, x2
;;    38: add x16, x0, #0x4
;;    3c: ldrsw x2, [x27, x16]
;;    40: ldrb w3, [x27, x0]
;;    44: ldrsh w0, [x27, x0]
;;    48: add w3, w3, w0
;;    4c: mov w3, w3
;;    50: add x2, x2, x3
;;    54: add x1, x1, x2
;;    58: mov x0, x1
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, #0x9
;;    6c: b $+0x24
;;    70: mov w19, w0
;;    74: mov x0, x29
;;    78: adr x1, $-0x8
;;    7c: mov x16, sp
;;    80: and sp, x16, #0xfffffffffffffff0
;;    84: ldr x17, [x28, #0x30]
;;    88: blr x17
;;    8c: mov w0, w19
;;    90: ldr x16, [x26, #0x8]
;;    94: ldr x17, [x16]
;;    98: add sp, x16, #0x10
;;    9c: br x17
