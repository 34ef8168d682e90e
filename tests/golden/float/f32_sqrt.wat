;; Square root.
(module (func (param f32) (result f32) (f32.sqrt (local.get 0))))

;; ==== x64 ====
;; function 0 (82 bytes, calls [])
;;     0: movss xmm1, dword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0xe
;;    1f: sqrtss xmm1, xmm1
;;    24: movaps xmm0, xmm1
;;    28: mov rsp, rbp
;;    2b: pop rbp
;;    2c: ret
;;    2d: mov eax, 0x9
;;    32: jmp $+0x16
;;    37: mov ebx, eax
;;    39: mov rdi, rbp
;;    3c: lea rsi, qword [rip - 0xc]
;;    43: and rsp, -0x10
;;    47: call qword [r14 + 0x30]
;;    4b: mov eax, ebx
;;    4d: mov rsp, qword [r13 + 0x8]
;;    51: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: ldr s0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x14
;;    24: fsqrt s0, s0
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w0, #0x9
;;    38: b $+0x24
;;    3c: mov w19, w0
;;    40: mov x0, x29
;;    44: adr x1, $-0x8
;;    48: mov x16, sp
;;    4c: and sp, x16, #0xfffffffffffffff0
;;    50: ldr x17, [x28, #0x30]
;;    54: blr x17
;;    58: mov w0, w19
;;    5c: ldr x16, [x26, #0x8]
;;    60: ldr x17, [x16]
;;    64: add sp, x16, #0x10
;;    68: br x17
