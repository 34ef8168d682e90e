;; A float global.
(module (global $g (mut f64) (f64.const 1))
  (func (param f64) (result f64) (global.set $g (f64.mul (global.get $g) (local.get 0))) (global.get $g)))

;; ==== x64 ====
;; function 0 (105 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2b
;;    19: mov rbx, qword [r14 + 0x50]
;;    1d: movsd xmm1, qword [rbx]
;;    21: movsd xmm2, qword [rbp + 0x10]
;;    26: mulsd xmm1, xmm2
;;    2b: mov rbx, qword [r14 + 0x50]
;;    2f: movsd qword [rbx], xmm1
;;    33: mov rbx, qword [r14 + 0x50]
;;    37: movsd xmm1, qword [rbx]
;;    3b: movaps xmm0, xmm1
;;    3f: mov rsp, rbp
;;    42: pop rbp
;;    43: ret
;;    44: mov eax, 0x9
;;    49: jmp $+0x16
;;    4e: mov ebx, eax
;;    50: mov rdi, rbp
;;    53: lea rsi, qword [rip - 0xc]
;;    5a: and rsp, -0x10
;;    5e: call qword [r14 + 0x30]
;;    62: mov eax, ebx
;;    64: mov rsp, qword [r13 + 0x8]
;;    68: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x30
;;    24: ldr x0, [x28, #0x50]
;;    28: ldr d0, [x0]
;;    2c: ldr d1, [x29, #0x10]
;;    30: fmul d0, d0, d1
;;    34: ldr x0, [x28, #0x50]
;;    38: str d0, [x0]
;;    3c: ldr x0, [x28, #0x50]
;;    40: ldr d0, [x0]
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
