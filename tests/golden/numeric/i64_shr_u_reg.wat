;; 64-bit logical shift right by a register count.
(module (func (param i64 i64) (result i64) (i64.shr_u (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (86 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: mov rdi, qword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x20
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0xe
;;    23: mov ecx, edi
;;    26: shr rsi, cl
;;    29: mov rax, rsi
;;    2c: mov rsp, rbp
;;    2f: pop rbp
;;    30: ret
;;    31: mov eax, 0x9
;;    36: jmp $+0x16
;;    3b: mov ebx, eax
;;    3d: mov rdi, rbp
;;    40: lea rsi, qword [rip - 0xc]
;;    47: and rsp, -0x10
;;    4b: call qword [r14 + 0x30]
;;    4f: mov eax, ebx
;;    51: mov rsp, qword [r13 + 0x8]
;;    55: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x14
;;    28: lsr x0, x0, x1
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x9
;;    3c: b $+0x24
;;    40: mov w19, w0
;;    44: mov x0, x29
;;    48: adr x1, $-0x8
;;    4c: mov x16, sp
;;    50: and sp, x16, #0xfffffffffffffff0
;;    54: ldr x17, [x28, #0x30]
;;    58: blr x17
;;    5c: mov w0, w19
;;    60: ldr x16, [x26, #0x8]
;;    64: ldr x17, [x16]
;;    68: add sp, x16, #0x10
;;    6c: br x17
