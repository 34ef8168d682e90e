;; Float less-than as a value: compared with swapped operands on x86-64.
(module (func (param f32 f32) (result i32) (f32.lt (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (94 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: movss xmm2, dword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x20
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x14
;;    25: ucomiss xmm2, xmm1
;;    29: seta bl
;;    2d: movzx ebx, bl
;;    31: mov eax, ebx
;;    34: mov rsp, rbp
;;    37: pop rbp
;;    38: ret
;;    39: mov eax, 0x9
;;    3e: jmp $+0x16
;;    43: mov ebx, eax
;;    45: mov rdi, rbp
;;    48: lea rsi, qword [rip - 0xc]
;;    4f: and rsp, -0x10
;;    53: call qword [r14 + 0x30]
;;    57: mov eax, ebx
;;    59: mov rsp, qword [r13 + 0x8]
;;    5d: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: ldr s1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x1c
;;    28: fcmp s0, s1
;;    2c: cset w0, mi
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
