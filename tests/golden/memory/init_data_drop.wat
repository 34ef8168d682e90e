;; memory.init and data.drop of a passive segment.
(module (memory 1) (data $d "hello")
  (func (param i32) (memory.init $d (local.get 0) (i32.const 0) (i32.const 5)) (data.drop $d)))

;; ==== x64 ====
;; function 0 (144 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x44
;;    1d: mov dword [rbp - 0x10], esi
;;    20: mov dword [rbp + 0x10], esi
;;    23: mov ecx, dword [rbp - 0x10]
;;    26: xor r8d, r8d
;;    29: mov r9d, 0x5
;;    2f: xor esi, esi
;;    32: xor edx, edx
;;    35: mov rdi, r14
;;    38: mov rbx, qword [r14 + 0x18]
;;    3c: mov rbx, qword [rbx + 0x18]
;;    40: call rbx
;;    43: test eax, eax
;;    45: jnz $+0x20
;;    4b: xor esi, esi
;;    4e: mov rdi, r14
;;    51: mov rbx, qword [r14 + 0x18]
;;    55: mov rbx, qword [rbx + 0x20]
;;    59: call rbx
;;    5c: mov rsp, rbp
;;    5f: pop rbp
;;    60: ret
;;    61: mov eax, 0x9
;;    66: jmp $+0x20
;;    6b: mov eax, 0x5
;;    70: jmp $+0x0
;;    75: mov ebx, eax
;;    77: mov rdi, rbp
;;    7a: lea rsi, qword [rip - 0xc]
;;    81: and rsp, -0x10
;;    85: call qword [r14 + 0x30]
;;    89: mov eax, ebx
;;    8b: mov rsp, qword [r13 + 0x8]
;;    8f: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x54
;;    24: stur w0, [x29, #-0x10]
;;    28: str w0, [x29, #0x10]
;;    2c: ldur w3, [x29, #-0x10]
;;    30: mov w4, #0x0
;;    34: mov w5, #0x5
;;    38: mov w1, #0x0
;;    3c: mov w2, #0x0
;;    40: mov x0, x28
;;    44: ldr x6, [x28, #0x18]
;;    48: ldr x6, [x6, #0x18]
;;    4c: blr x6
;;    50: cbnz w0, $+0x2c
;;    54: mov w1, #0x0
;;    58: mov x0, x28
;;    5c: ldr x2, [x28, #0x18]
;;    60: ldr x2, [x2, #0x20]
;;    64: blr x2
;;    68: mov sp, x29
;;    6c: ldp x29, x30, [sp], #0x10
;;    70: ret
;;    74: mov w0, #0x9
;;    78: b $+0x2c
;;    7c: mov w0, #0x5
;;    80: b $+0x4
;;    84: mov w19, w0
;;    88: mov x0, x29
;;    8c: adr x1, $-0x8
;;    90: mov x16, sp
;;    94: and sp, x16, #0xfffffffffffffff0
;;    98: ldr x17, [x28, #0x30]
;;    9c: blr x17
;;    a0: mov w0, w19
;;    a4: ldr x16, [x26, #0x8]
;;    a8: ldr x17, [x16]
;;    ac: add sp, x16, #0x10
;;    b0: br x17
