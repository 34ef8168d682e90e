;; A float comparison fused with br_if: ne is true for unordered operands.
(module (func (param f64 f64) (result i32)
  (block (br_if 0 (f64.ne (local.get 0) (local.get 1))) (return (i32.const 1)))
  (i32.const 0)))

;; ==== x64 ====
;; function 0 (108 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2e
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: ucomisd xmm1, qword [rbp + 0x18]
;;    28: jp $+0x11
;;    2e: jnz $+0xb
;;    34: mov eax, 0x1
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: xor eax, eax
;;    42: mov rsp, rbp
;;    45: pop rbp
;;    46: ret
;;    47: mov eax, 0x9
;;    4c: jmp $+0x16
;;    51: mov ebx, eax
;;    53: mov rdi, rbp
;;    56: lea rsi, qword [rip - 0xc]
;;    5d: and rsp, -0x10
;;    61: call qword [r14 + 0x30]
;;    65: mov eax, ebx
;;    67: mov rsp, qword [r13 + 0x8]
;;    6b: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr d0, [x29, #0x10]
;;    24: ldr d31, [x29, #0x18]
;;    28: fcmp d0, d31
;;    2c: b.ne $+0x14
;;    30: mov w0, #0x1
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x0
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
