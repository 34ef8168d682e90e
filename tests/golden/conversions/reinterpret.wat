;; Bits moved between register classes unchanged.
(module (func (param f64 i32) (result i64)
  (i64.add (i64.reinterpret_f64 (local.get 0)) (i64.extend_i32_u (i32.reinterpret_f32 (f32.reinterpret_i32 (local.get 1)))))))

;; ==== x64 ====
;; function 0 (99 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x25
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: movq rbx, xmm1
;;    23: mov esi, dword [rbp + 0x18]
;;    26: movq xmm1, rsi
;;    2b: movd esi, xmm1
;;    30: mov esi, esi
;;    33: add rbx, rsi
;;    36: mov rax, rbx
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x16
;;    48: mov ebx, eax
;;    4a: mov rdi, rbp
;;    4d: lea rsi, qword [rip - 0xc]
;;    54: and rsp, -0x10
;;    58: call qword [r14 + 0x30]
;;    5c: mov eax, ebx
;;    5e: mov rsp, qword [r13 + 0x8]
;;    62: ret

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x2c
;;    24: ldr d0, [x29, #0x10]
;;    28: fmov x0, d0
;;    2c: ldr w1, [x29, #0x18]
;;    30: fmov s0, w1
;;    34: fmov w1, s0
;;    38: mov w1, w1
;;    3c: add x0, x0, x1
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x24
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
