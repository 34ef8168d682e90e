;; eqz as a value (set on condition).
(module (func (param i32) (result i32) (i32.eqz (local.get 0))))

;; ==== x64 ====
;; function 0 (83 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x15
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: test ebx, ebx
;;    1e: setz bl
;;    22: movzx ebx, bl
;;    26: mov eax, ebx
;;    29: mov rsp, rbp
;;    2c: pop rbp
;;    2d: ret
;;    2e: mov eax, 0x9
;;    33: jmp $+0x16
;;    38: mov ebx, eax
;;    3a: mov rdi, rbp
;;    3d: lea rsi, qword [rip - 0xc]
;;    44: and rsp, -0x10
;;    48: call qword [r14 + 0x30]
;;    4c: mov eax, ebx
;;    4e: mov rsp, qword [r13 + 0x8]
;;    52: ret

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr w0, [x29, #0x10]
;;    24: cmp w0, #0x0
;;    28: cset w0, eq
;;    2c: mov w0, w0
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
