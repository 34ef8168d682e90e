;; unreachable jumps to its trap stub; the code after it is not compiled.
(module (func (param i32) (result i32) (if (local.get 0) (then unreachable)) (i32.const 1)))

;; ==== x64 ====
;; function 0 (103 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x1b
;;    1d: mov dword [rbp + 0x10], esi
;;    20: test esi, esi
;;    22: jz $+0x5
;;    28: jmp $+0x15
;;    2d: mov eax, 0x1
;;    33: mov rsp, rbp
;;    36: pop rbp
;;    37: ret
;;    38: mov eax, 0x9
;;    3d: jmp $+0x20
;;    42: mov eax, 0x1
;;    47: jmp $+0x0
;;    4c: mov ebx, eax
;;    4e: mov rdi, rbp
;;    51: lea rsi, qword [rip - 0xc]
;;    58: and rsp, -0x10
;;    5c: call qword [r14 + 0x30]
;;    60: mov eax, ebx
;;    62: mov rsp, qword [r13 + 0x8]
;;    66: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x20
;;    24: str w0, [x29, #0x10]
;;    28: cbz w0, $+0x8
;;    2c: b $+0x1c
;;    30: mov w0, #0x1
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x2c
;;    48: mov w0, #0x1
;;    4c: b $+0x4
;;    50: mov w19, w0
;;    54: mov x0, x29
;;    58: adr x1, $-0x8
;;    5c: mov x16, sp
;;    60: and sp, x16, #0xfffffffffffffff0
;;    64: ldr x17, [x28, #0x30]
;;    68: blr x17
;;    6c: mov w0, w19
;;    70: ldr x16, [x26, #0x8]
;;    74: ldr x17, [x16]
;;    78: add sp, x16, #0x10
;;    7c: br x17
