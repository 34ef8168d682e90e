;; if/else with a result: both arms leave it in the same place.
(module (func (param i32 i64 i64) (result i64)
  (if (result i64) (i32.eqz (local.get 0)) (then (local.get 1)) (else (i64.mul (local.get 2) (i64.const 3))))))

;; ==== x64 ====
;; function 0 (124 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: mov r8, qword [rsp + 0x18]
;;     e: push rbp
;;     f: mov rbp, rsp
;;    12: sub rsp, 0x20
;;    19: mov qword [rbp - 0x8], r14
;;    1d: cmp rsp, qword [r13]
;;    21: jb $+0x30
;;    27: mov dword [rbp + 0x10], esi
;;    2a: mov qword [rbp + 0x18], rdi
;;    2e: mov qword [rbp + 0x20], r8
;;    32: test esi, esi
;;    34: jnz $+0x8
;;    3a: mov rax, rdi
;;    3d: jmp $+0xa
;;    42: imul r8, r8, 0x3
;;    49: mov rax, r8
;;    4c: mov rbx, rax
;;    4f: mov rax, rbx
;;    52: mov rsp, rbp
;;    55: pop rbp
;;    56: ret
;;    57: mov eax, 0x9
;;    5c: jmp $+0x16
;;    61: mov ebx, eax
;;    63: mov rdi, rbp
;;    66: lea rsi, qword [rip - 0xc]
;;    6d: and rsp, -0x10
;;    71: call qword [r14 + 0x30]
;;    75: mov eax, ebx
;;    77: mov rsp, qword [r13 + 0x8]
;;    7b: ret

;; ==== aarch64 ====
;; function 0 (160 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: ldr x2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x20
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x40
;;    2c: str w0, [x29, #0x10]
;;    30: str x1, [x29, #0x18]
;;    34: str x2, [x29, #0x20]
;;    38: cmp w0, #0x0
;;    3c: b.ne $+0xc
;;    40: mov x15, x1
;;    44: b $+0x10
;;    48: mov x16, #0x3
;;    4c: mul x2, x2, x16
;;    50: mov x15, x2
;;    54: mov x2, x15
;;    58: mov x0, x2
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
