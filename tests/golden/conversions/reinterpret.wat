;; Bits moved between register classes unchanged.
(module (func (param f64 i32) (result i64)
  (i64.add (i64.reinterpret_f64 (local.get 0)) (i64.extend_i32_u (i32.reinterpret_f32 (f32.reinterpret_i32 (local.get 1)))))))

;; ==== x64 ====
;; function 0 (90 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1c
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: movss xmm1, dword [rbp + 0x18]
;;    22: movd esi, xmm1
;;    27: mov esi, esi
;;    2a: add rbx, rsi
;;    2d: mov rax, rbx
;;    30: mov rsp, rbp
;;    33: pop rbp
;;    34: ret
;;    35: mov eax, 0x9
;;    3a: jmp $+0x16
;;    3f: mov ebx, eax
;;    41: mov rdi, rbp
;;    44: lea rsi, qword [rip - 0xc]
;;    4b: and rsp, -0x10
;;    4f: call qword [r14 + 0x30]
;;    53: mov eax, ebx
;;    55: mov rsp, qword [r13 + 0x8]
;;    59: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x24
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr s0, [x29, #0x18]
;;    2c: fmov w1, s0
;;    30: mov w1, w1
;;    34: add x0, x0, x1
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
