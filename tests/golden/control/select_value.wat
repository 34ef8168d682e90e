;; select on an i32 condition value: a conditional move.
(module (func (param i32 i32 i32) (result i32) (select (local.get 0) (local.get 1) (local.get 2))))

;; ==== x64 ====
;; function 0 (89 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8d, dword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x20
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0xe
;;    26: test r8d, r8d
;;    29: cmovz esi, edi
;;    2c: mov eax, esi
;;    2f: mov rsp, rbp
;;    32: pop rbp
;;    33: ret
;;    34: mov eax, 0x9
;;    39: jmp $+0x16
;;    3e: mov ebx, eax
;;    40: mov rdi, rbp
;;    43: lea rsi, qword [rip - 0xc]
;;    4a: and rsp, -0x10
;;    4e: call qword [r14 + 0x30]
;;    52: mov eax, ebx
;;    54: mov rsp, qword [r13 + 0x8]
;;    58: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: ldr w2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x20
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x1c
;;    2c: cmp w2, #0x0
;;    30: csel w0, w0, w1, ne
;;    34: mov w0, w0
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
