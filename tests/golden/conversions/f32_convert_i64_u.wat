;; Unsigned i64 -> f32.
(module (func (param i64) (result f32) (f32.convert_i64_u (local.get 0))))

;; ==== x64 ====
;; function 0 (125 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x3a
;;    1e: xorps xmm1, xmm1
;;    22: test rsi, rsi
;;    25: js $+0xa
;;    2b: cvtsi2ss xmm1, rsi
;;    30: jmp $+0x1a
;;    35: mov rax, rsi
;;    38: shr rax, 0x1
;;    3c: mov ecx, esi
;;    3f: and ecx, 0x1
;;    42: or rax, rcx
;;    45: cvtsi2ss xmm1, rax
;;    4a: addss xmm1, xmm1
;;    4f: movaps xmm0, xmm1
;;    53: mov rsp, rbp
;;    56: pop rbp
;;    57: ret
;;    58: mov eax, 0x9
;;    5d: jmp $+0x16
;;    62: mov ebx, eax
;;    64: mov rdi, rbp
;;    67: lea rsi, qword [rip - 0xc]
;;    6e: and rsp, -0x10
;;    72: call qword [r14 + 0x30]
;;    76: mov eax, ebx
;;    78: mov rsp, qword [r13 + 0x8]
;;    7c: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x14
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
