;; Bits moved between register classes unchanged.
(module (func (param f64 i32) (result i64)
  (i64.add (i64.reinterpret_f64 (local.get 0)) (i64.extend_i32_u (i32.reinterpret_f32 (f32.reinterpret_i32 (local.get 1)))))))

;; ==== x64 ====
;; function 0 (98 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: mov esi, dword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x20
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0x1a
;;    23: movq rbx, xmm1
;;    28: movq xmm2, rsi
;;    2d: movd edi, xmm2
;;    32: add rbx, rdi
;;    35: mov rax, rbx
;;    38: mov rsp, rbp
;;    3b: pop rbp
;;    3c: ret
;;    3d: mov eax, 0x9
;;    42: jmp $+0x16
;;    47: mov ebx, eax
;;    49: mov rdi, rbp
;;    4c: lea rsi, qword [rip - 0xc]
;;    53: and rsp, -0x10
;;    57: call qword [r14 + 0x30]
;;    5b: mov eax, ebx
;;    5d: mov rsp, qword [r13 + 0x8]
;;    61: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: ldr w0, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x24
;;    28: fmov x1, d0
;;    2c: fmov s1, w0
;;    30: fmov w2, s1
;;    34: add x1, x1, x2
;;    38: mov x0, x1
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x24
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
