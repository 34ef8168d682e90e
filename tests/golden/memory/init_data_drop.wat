;; memory.init and data.drop of a passive segment.
(module (memory 1) (data $d "hello")
  (func (param i32) (memory.init $d (local.get 0) (i32.const 0) (i32.const 5)) (data.drop $d)))

;; ==== x64 ====
;; function 0 (140 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x44
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: mov ecx, dword [rbp - 0x10]
;;    22: xor r8d, r8d
;;    25: mov r9d, 0x5
;;    2b: xor esi, esi
;;    2e: xor edx, edx
;;    31: mov rdi, r14
;;    34: mov rbx, qword [r14 + 0x18]
;;    38: mov rbx, qword [rbx + 0x18]
;;    3c: call rbx
;;    3f: test eax, eax
;;    41: jnz $+0x20
;;    47: xor esi, esi
;;    4a: mov rdi, r14
;;    4d: mov rbx, qword [r14 + 0x18]
;;    51: mov rbx, qword [rbx + 0x20]
;;    55: call rbx
;;    58: mov rsp, rbp
;;    5b: pop rbp
;;    5c: ret
;;    5d: mov eax, 0x9
;;    62: jmp $+0x20
;;    67: mov eax, 0x5
;;    6c: jmp $+0x0
;;    71: mov ebx, eax
;;    73: mov rdi, rbp
;;    76: lea rsi, qword [rip - 0xc]
;;    7d: and rsp, -0x10
;;    81: call qword [r14 + 0x30]
;;    85: mov eax, ebx
;;    87: mov rsp, qword [r13 + 0x8]
;;    8b: ret

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x54
;;    20: ldr w16, [x29, #0x10]
;;    24: stur w16, [x29, #-0x10]
;;    28: ldur w3, [x29, #-0x10]
;;    2c: mov w4, #0x0
;;    30: mov w5, #0x5
;;    34: mov w1, #0x0
;;    38: mov w2, #0x0
;;    3c: mov x0, x28
;;    40: ldr x6, [x28, #0x18]
;;    44: ldr x6, [x6, #0x18]
;;    48: blr x6
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
