;; Atomic loads (zero-extending, at every width) and stores, with an offset: the effective
;; address is checked for alignment, then accessed (x86-64: mov / xchg; aarch64:
;; ldar / stlr through x16).
(module
  (memory 1 1 shared)
  (func (param i32) (result i64) (i64.atomic.load16_u offset=6 (local.get 0)))
  (func (param i32 i32) (i32.atomic.store (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (110 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x22
;;    1d: mov rbx, rsi
;;    20: add rbx, 0x6
;;    24: mov edi, ebx
;;    27: and edi, 0x1
;;    2a: test edi, edi
;;    2c: jnz $+0x17
;;    32: movzx edi, word [r15 + rbx * 1]
;;    37: mov rax, rdi
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
;;
;; function 1 (112 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x20
;;    21: mov rbx, rsi
;;    24: mov r8d, ebx
;;    27: and r8d, 0x3
;;    2b: test r8d, r8d
;;    2e: jnz $+0x17
;;    34: mov rcx, rdi
;;    37: xchg dword [r15 + rbx * 1], ecx
;;    3c: mov rsp, rbp
;;    3f: pop rbp
;;    40: ret
;;    41: mov eax, 0x9
;;    46: jmp $+0x20
;;    4b: mov eax, 0x10
;;    50: jmp $+0x0
;;    55: mov ebx, eax
;;    57: mov rdi, rbp
;;    5a: lea rsi, qword [rip - 0xc]
;;    61: and rsp, -0x10
;;    65: call qword [r14 + 0x30]
;;    69: mov eax, ebx
;;    6b: mov rsp, qword [r13 + 0x8]
;;    6f: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x30
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
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x28
;;    28: mov x2, x0
;;    2c: mov w3, w2
;;    30: and w3, w3, #0x3
;;    34: cbnz w3, $+0x20
;;    38: add x16, x27, x2
;;    3c: stlr w1, [x16]
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
