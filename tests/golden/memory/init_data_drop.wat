;; memory.init and data.drop of a passive segment.
(module (memory 1) (data $d "hello")
  (func (param i32) (memory.init $d (local.get 0) (i32.const 0) (i32.const 5)) (data.drop $d)))

;; ==== x64 ====
;; function 0 (137 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x41
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: mov edx, dword [rbp - 0x10]
;;    22: xor ecx, ecx
;;    25: mov r8d, 0x5
;;    2b: xor esi, esi
;;    2e: mov rdi, r14
;;    31: mov rbx, qword [r14 + 0x18]
;;    35: mov rbx, qword [rbx + 0x18]
;;    39: call rbx
;;    3c: test eax, eax
;;    3e: jnz $+0x20
;;    44: xor esi, esi
;;    47: mov rdi, r14
;;    4a: mov rbx, qword [r14 + 0x18]
;;    4e: mov rbx, qword [rbx + 0x20]
;;    52: call rbx
;;    55: mov rsp, rbp
;;    58: pop rbp
;;    59: ret
;;    5a: mov eax, 0x9
;;    5f: jmp $+0x20
;;    64: mov eax, 0x5
;;    69: jmp $+0x0
;;    6e: mov ebx, eax
;;    70: mov rdi, rbp
;;    73: lea rsi, qword [rip - 0xc]
;;    7a: and rsp, -0x10
;;    7e: call qword [r14 + 0x30]
;;    82: mov eax, ebx
;;    84: mov rsp, qword [r13 + 0x8]
;;    88: ret

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x50
;;    24: ldr w16, [x29, #0x10]
;;    28: stur w16, [x29, #-0x10]
;;    2c: ldur w2, [x29, #-0x10]
;;    30: mov w3, #0x0
;;    34: mov w4, #0x5
;;    38: mov w1, #0x0
;;    3c: mov x0, x28
;;    40: ldr x5, [x28, #0x18]
;;    44: ldr x5, [x5, #0x18]
;;    48: blr x5
;;    4c: cbnz w0, $+0x2c
;;    50: mov w1, #0x0
;;    54: mov x0, x28
;;    58: ldr x2, [x28, #0x18]
;;    5c: ldr x2, [x2, #0x20]
;;    60: blr x2
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, #0x9
;;    74: b $+0x2c
;;    78: mov w0, #0x5
;;    7c: b $+0x4
;;    80: mov w19, w0
;;    84: mov x0, x29
;;    88: adr x1, $-0x8
;;    8c: mov x16, sp
;;    90: and sp, x16, #0xfffffffffffffff0
;;    94: ldr x17, [x28, #0x30]
;;    98: blr x17
;;    9c: mov w0, w19
;;    a0: ldr x16, [x26, #0x8]
;;    a4: ldr x17, [x16]
;;    a8: add sp, x16, #0x10
;;    ac: br x17
