;; Rotate left by a register count (aarch64 has only rotate right).
(module (func (param i32 i32) (result i32) (i32.rotl (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (84 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0xe
;;    21: mov ecx, edi
;;    24: rol esi, cl
;;    27: mov eax, esi
;;    2a: mov rsp, rbp
;;    2d: pop rbp
;;    2e: ret
;;    2f: mov eax, 0x9
;;    34: jmp $+0x16
;;    39: mov ebx, eax
;;    3b: mov rdi, rbp
;;    3e: lea rsi, qword [rip - 0xc]
;;    45: and rsp, -0x10
;;    49: call qword [r14 + 0x30]
;;    4d: mov eax, ebx
;;    4f: mov rsp, qword [r13 + 0x8]
;;    53: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x1c
;;    28: neg w16, w1
;;    2c: ror w0, w0, w16
;;    30: mov w0, w0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
