;; A float comparison fused with br_if: ne is true for unordered operands.
(module (func (param f64 f64) (result i32)
  (block (br_if 0 (f64.ne (local.get 0) (local.get 1))) (return (i32.const 1)))
  (i32.const 0)))

;; ==== x64 ====
;; function 0 (120 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x20
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x2e
;;    25: movsd qword [rbp + 0x10], xmm1
;;    2a: movsd qword [rbp + 0x18], xmm2
;;    2f: ucomisd xmm1, xmm2
;;    34: jp $+0x11
;;    3a: jnz $+0xb
;;    40: mov eax, 0x1
;;    46: mov rsp, rbp
;;    49: pop rbp
;;    4a: ret
;;    4b: xor eax, eax
;;    4e: mov rsp, rbp
;;    51: pop rbp
;;    52: ret
;;    53: mov eax, 0x9
;;    58: jmp $+0x16
;;    5d: mov ebx, eax
;;    5f: mov rdi, rbp
;;    62: lea rsi, qword [rip - 0xc]
;;    69: and rsp, -0x10
;;    6d: call qword [r14 + 0x30]
;;    71: mov eax, ebx
;;    73: mov rsp, qword [r13 + 0x8]
;;    77: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: ldr d1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x34
;;    28: str d0, [x29, #0x10]
;;    2c: str d1, [x29, #0x18]
;;    30: fcmp d0, d1
;;    34: b.ne $+0x14
;;    38: mov w0, #0x1
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x0
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x24
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
