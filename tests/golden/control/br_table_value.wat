;; br_table carrying a value to its targets.
(module (func (param i32 i32) (result i32)
  (block (result i32) (block (result i32)
    (br_table 0 1 0 (local.get 1) (local.get 0)))
    (i32.add (i32.const 1)))))

;; ==== x64 ====
;; function 0 (161 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x5b
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: cmp esi, 0x2
;;    2e: jnb $+0x24
;;    34: lea rax, qword [rip + 0xd]
;;    3b: lea rax, qword [rax + rsi * 8]
;;    3f: jmp rax
;;    41: nop
;;    42: nop
;;    43: nop
;;    44: nop
;;    45: nop
;;    46: nop
;;    47: nop
;;    48: jmp $+0xb
;;    4d: int 0x3
;;    4e: int 0x3
;;    4f: int 0x3
;;    50: jmp $+0xb
;;    55: int 0x3
;;    56: int 0x3
;;    57: int 0x3
;;    58: mov eax, edi
;;    5b: jmp $+0x8
;;    60: mov eax, edi
;;    63: jmp $+0x9
;;    68: mov ebx, eax
;;    6b: add ebx, 0x1
;;    6e: mov eax, ebx
;;    71: mov ebx, eax
;;    74: mov eax, ebx
;;    77: mov rsp, rbp
;;    7a: pop rbp
;;    7b: ret
;;    7c: mov eax, 0x9
;;    81: jmp $+0x16
;;    86: mov ebx, eax
;;    88: mov rdi, rbp
;;    8b: lea rsi, qword [rip - 0xc]
;;    92: and rsp, -0x10
;;    96: call qword [r14 + 0x30]
;;    9a: mov eax, ebx
;;    9c: mov rsp, qword [r13 + 0x8]
;;    a0: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x58
;;    28: str w0, [x29, #0x10]
;;    2c: str w1, [x29, #0x18]
;;    30: cmp w0, #0x2
;;    34: b.hs $+0x18
;;    38: adr x16, $+0xc
;;    3c: add x16, x16, x0, lsl #2
;;    40: br x16
;;    44: b $+0x8
;;    48: b $+0xc
;;    4c: mov w15, w1
;;    50: b $+0xc
;;    54: mov w15, w1
;;    58: b $+0x10
;;    5c: mov w0, w15
;;    60: add w0, w0, #0x1
;;    64: mov w15, w0
;;    68: mov w0, w15
;;    6c: mov w0, w0
;;    70: mov sp, x29
;;    74: ldp x29, x30, [sp], #0x10
;;    78: ret
;;    7c: mov w0, #0x9
;;    80: b $+0x24
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
