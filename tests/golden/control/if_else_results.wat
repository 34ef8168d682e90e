;; if/else with a result: both arms leave it in the same place.
(module (func (param i32 i64 i64) (result i64)
  (if (result i64) (i32.eqz (local.get 0)) (then (local.get 1)) (else (i64.mul (local.get 2) (i64.const 3))))))

;; ==== x64 ====
;; function 0 (107 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2d
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: test ebx, ebx
;;    1e: jnz $+0x9
;;    24: mov rax, qword [rbp + 0x18]
;;    28: jmp $+0xe
;;    2d: mov rsi, qword [rbp + 0x20]
;;    31: imul rsi, rsi, 0x3
;;    38: mov rax, rsi
;;    3b: mov rsi, rax
;;    3e: mov rax, rsi
;;    41: mov rsp, rbp
;;    44: pop rbp
;;    45: ret
;;    46: mov eax, 0x9
;;    4b: jmp $+0x16
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr w0, [x29, #0x10]
;;    24: cmp w0, #0x0
;;    28: b.ne $+0xc
;;    2c: ldr x15, [x29, #0x18]
;;    30: b $+0x14
;;    34: ldr x1, [x29, #0x20]
;;    38: mov x16, #0x3
;;    3c: mul x1, x1, x16
;;    40: mov x15, x1
;;    44: mov x1, x15
;;    48: mov x0, x1
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
