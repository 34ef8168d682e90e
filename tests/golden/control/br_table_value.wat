;; br_table carrying a value to its targets.
(module (func (param i32 i32) (result i32)
  (block (result i32) (block (result i32)
    (br_table 0 1 0 (local.get 1) (local.get 0)))
    (i32.add (i32.const 1)))))

;; ==== x64 ====
;; function 0 (149 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x4f
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: cmp esi, 0x2
;;    2e: jnb $+0x18
;;    34: lea rax, qword [rip + 0x9]
;;    3b: movsxd rcx, dword [rax + rsi * 4]
;;    3f: add rax, rcx
;;    42: jmp rax
;;    44: .word 0x00000008
;;    48: .word 0x00000010
;;    4c: mov eax, edi
;;    4f: jmp $+0x8
;;    54: mov eax, edi
;;    57: jmp $+0x9
;;    5c: mov ebx, eax
;;    5f: add ebx, 0x1
;;    62: mov eax, ebx
;;    65: mov ebx, eax
;;    68: mov eax, ebx
;;    6b: mov rsp, rbp
;;    6e: pop rbp
;;    6f: ret
;;    70: mov eax, 0x9
;;    75: jmp $+0x16
;;    7a: mov ebx, eax
;;    7c: mov rdi, rbp
;;    7f: lea rsi, qword [rip - 0xc]
;;    86: and rsp, -0x10
;;    8a: call qword [r14 + 0x30]
;;    8e: mov eax, ebx
;;    90: mov rsp, qword [r13 + 0x8]
;;    94: ret

;; ==== aarch64 ====
;; function 0 (184 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x5c
;;    28: str w0, [x29, #0x10]
;;    2c: str w1, [x29, #0x18]
;;    30: cmp w0, #0x2
;;    34: b.hs $+0x1c
;;    38: adr x16, $+0x10
;;    3c: ldrsw x17, [x16, w0, uxtw #2]
;;    40: add x16, x16, x17
;;    44: br x16
;;    48: .word 0x00000008
;;    4c: .word 0x00000010
;;    50: mov w15, w1
;;    54: b $+0xc
;;    58: mov w15, w1
;;    5c: b $+0x10
;;    60: mov w2, w15
;;    64: add w2, w2, #0x1
;;    68: mov w15, w2
;;    6c: mov w2, w15
;;    70: mov w0, w2
;;    74: mov sp, x29
;;    78: ldp x29, x30, [sp], #0x10
;;    7c: ret
;;    80: mov w0, #0x9
;;    84: b $+0x24
;;    88: mov w19, w0
;;    8c: mov x0, x29
;;    90: adr x1, $-0x8
;;    94: mov x16, sp
;;    98: and sp, x16, #0xfffffffffffffff0
;;    9c: ldr x17, [x28, #0x30]
;;    a0: blr x17
;;    a4: mov w0, w19
;;    a8: ldr x16, [x26, #0x8]
;;    ac: ldr x17, [x16]
;;    b0: add sp, x16, #0x10
;;    b4: br x17
