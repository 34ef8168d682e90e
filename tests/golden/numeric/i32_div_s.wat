;; Signed division: traps on a zero divisor and on MIN / -1.
(module (func (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (143 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x35
;;    21: test edi, edi
;;    23: jz $+0x37
;;    29: cmp edi, -0x1
;;    2c: jnz $+0x12
;;    32: cmp esi, -0x80000000
;;    39: jz $+0x2b
;;    3f: jmp $+0x0
;;    44: mov eax, esi
;;    47: cdq
;;    48: idiv edi
;;    4b: mov esi, eax
;;    4e: mov eax, esi
;;    51: mov rsp, rbp
;;    54: pop rbp
;;    55: ret
;;    56: mov eax, 0x9
;;    5b: jmp $+0x2a
;;    60: mov eax, 0x2
;;    65: jmp $+0xa
;;    6a: mov eax, 0x3
;;    6f: jmp $+0x0
;;    74: mov ebx, eax
;;    76: mov rdi, rbp
;;    79: lea rsi, qword [rip - 0xc]
;;    80: and rsp, -0x10
;;    84: call qword [r14 + 0x30]
;;    88: mov eax, ebx
;;    8a: mov rsp, qword [r13 + 0x8]
;;    8e: ret

;; ==== aarch64 ====
;; function 0 (156 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x30
;;    28: cbz w1, $+0x34
;;    2c: cmn w1, #0x1
;;    30: b.ne $+0x10
;;    34: mov w16, #0x80000000
;;    38: cmp w0, w16
;;    3c: b.eq $+0x28
;;    40: sdiv w0, w0, w1
;;    44: mov w0, w0
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x34
;;    5c: mov w0, #0x2
;;    60: b $+0xc
;;    64: mov w0, #0x3
;;    68: b $+0x4
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
