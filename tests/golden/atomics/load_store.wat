;; Atomic loads (zero-extending, at every width) and stores, with an offset: the effective
;; address is checked for alignment, then accessed (x86-64: mov / xchg; aarch64:
;; ldar / stlr through x16).
(module
  (memory 1 1 shared)
  (func (param i32) (result i64) (i64.atomic.load16_u offset=6 (local.get 0)))
  (func (param i32 i32) (i32.atomic.store (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (109 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x25
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov rsi, rbx
;;    1f: add rsi, 0x6
;;    23: mov edi, esi
;;    26: and edi, 0x1
;;    29: test edi, edi
;;    2b: jnz $+0x17
;;    31: movzx edi, word [r15 + rsi * 1]
;;    36: mov rax, rdi
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x20
;;    48: mov eax, 0x10
;;    4d: jmp $+0x0
;;    52: mov ebx, eax
;;    54: mov rdi, rbp
;;    57: lea rsi, qword [rip - 0xc]
;;    5e: and rsp, -0x10
;;    62: call qword [r14 + 0x30]
;;    66: mov eax, ebx
;;    68: mov rsp, qword [r13 + 0x8]
;;    6c: ret
;;
;; function 1 (110 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x26
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: mov rdi, rsi
;;    22: mov r8d, edi
;;    25: and r8d, 0x3
;;    29: test r8d, r8d
;;    2c: jnz $+0x17
;;    32: mov rcx, rbx
;;    35: xchg dword [r15 + rdi * 1], ecx
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x20
;;    49: mov eax, 0x10
;;    4e: jmp $+0x0
;;    53: mov ebx, eax
;;    55: mov rdi, rbp
;;    58: lea rsi, qword [rip - 0xc]
;;    5f: and rsp, -0x10
;;    63: call qword [r14 + 0x30]
;;    67: mov eax, ebx
;;    69: mov rsp, qword [r13 + 0x8]
;;    6d: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr w0, [x29, #0x10]
;;    24: mov x1, x0
;;    28: add x1, x1, #0x6
;;    2c: mov w2, w1
;;    30: and w2, w2, #0x1
;;    34: cbnz w2, $+0x24
;;    38: add x16, x27, x1
;;    3c: ldarh w2, [x16]
;;    40: mov x0, x2
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x2c
;;    58: mov w0, #0x10
;;    5c: b $+0x4
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
;;
;; function 1 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x30
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w1, [x29, #0x10]
;;    28: mov x2, x1
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x3
;;    34: cbnz w3, $+0x20
;;    38: add x16, x27, x2
;;    3c: stlr w0, [x16]
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x2c
;;    54: mov w0, #0x10
;;    58: b $+0x4
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
