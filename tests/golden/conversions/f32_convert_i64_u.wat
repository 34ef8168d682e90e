;; Unsigned i64 -> f32.
(module (func (param i64) (result f32) (f32.convert_i64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (124 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3e
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: xorps xmm1, xmm1
;;    21: test rbx, rbx
;;    24: js $+0xa
;;    2a: cvtsi2ss xmm1, rbx
;;    2f: jmp $+0x1a
;;    34: mov rax, rbx
;;    37: shr rax, 0x1
;;    3b: mov ecx, ebx
;;    3e: and ecx, 0x1
;;    41: or rax, rcx
;;    44: cvtsi2ss xmm1, rax
;;    49: addss xmm1, xmm1
;;    4e: movaps xmm0, xmm1
;;    52: mov rsp, rbp
;;    55: pop rbp
;;    56: ret
;;    57: mov eax, 0x9
;;    5c: jmp $+0x16
;;    61: mov ebx, eax
;;    63: mov rdi, rbp
;;    66: lea rsi, qword [rip - 0xc]
;;    6d: and rsp, -0x10
;;    71: call qword [r14 + 0x30]
;;    75: mov eax, ebx
;;    77: mov rsp, qword [r13 + 0x8]
;;    7b: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x18
;;    20: ldr x0, [x29, #0x10]
;;    24: ucvtf s0, x0
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
