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
;; function 0 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: ldr w0, [x29, #0x10]
;;    28: cmp w0, #0x0
;;    2c: b.ne $+0xc
;;    30: ldr x15, [x29, #0x18]
;;    34: b $+0x14
;;    38: ldr x1, [x29, #0x20]
;;    3c: mov x16, #0x3
;;    40: mul x1, x1, x16
;;    44: mov x15, x1
;;    48: mov x1, x15
;;    4c: mov x0, x1
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x24
;;    64: mov w19, w0
;;    68: mov x0, x29
;;    6c: adr x1, $-0x8
;;    70: mov x16, sp
;;    74: and sp, x16, #0xfffffffffffffff0
;;    78: ldr x17, [x28, #0x30]
;;    7c: blr x17
;;    80: mov w0, w19
;;    84: ldr x16, [x26, #0x8]
;;    88: ldr x17, [x16]
;;    8c: add sp, x16, #0x10
;;    90: br x17
