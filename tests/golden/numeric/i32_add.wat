;; Parameters on the stack: one load, then the add reads the second from memory.
(module (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))

;; ==== x64 ====
;; function 0 (76 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xe
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: add ebx, dword [rbp + 0x18]
;;    1f: mov eax, ebx
;;    22: mov rsp, rbp
;;    25: pop rbp
;;    26: ret
;;    27: mov eax, 0x9
;;    2c: jmp $+0x16
;;    31: mov ebx, eax
;;    33: mov rdi, rbp
;;    36: lea rsi, qword [rip - 0xc]
;;    3d: and rsp, -0x10
;;    41: call qword [r14 + 0x30]
;;    45: mov eax, ebx
;;    47: mov rsp, qword [r13 + 0x8]
;;    4b: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x20
;;    24: ldr w0, [x29, #0x10]
;;    28: ldr w16, [x29, #0x18]
;;    2c: add w0, w0, w16
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
