;; Signed remainder: MIN rem -1 is 0, not a trap.
(module (func (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (123 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x2b
;;    21: test edi, edi
;;    23: jz $+0x2d
;;    29: cmp edi, -0x1
;;    2c: jnz $+0x8
;;    32: xor esi, esi
;;    35: jmp $+0xa
;;    3a: mov eax, esi
;;    3d: cdq
;;    3e: idiv edi
;;    41: mov esi, edx
;;    44: mov eax, esi
;;    47: mov rsp, rbp
;;    4a: pop rbp
;;    4b: ret
;;    4c: mov eax, 0x9
;;    51: jmp $+0x20
;;    56: mov eax, 0x2
;;    5b: jmp $+0x0
;;    60: mov ebx, eax
;;    62: mov rdi, rbp
;;    65: lea rsi, qword [rip - 0xc]
;;    6c: and rsp, -0x10
;;    70: call qword [r14 + 0x30]
;;    74: mov eax, ebx
;;    76: mov rsp, qword [r13 + 0x8]
;;    7a: ret

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x20
;;    28: cbz w1, $+0x24
;;    2c: sdiv w16, w0, w1
;;    30: msub w0, w16, w1, w0
;;    34: mov w0, w0
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x2c
;;    4c: mov w0, #0x2
;;    50: b $+0x4
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
