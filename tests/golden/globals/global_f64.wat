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
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x30
;;    20: ldr x0, [x28, #0x50]
;;    24: ldr d0, [x0]
;;    28: ldr d1, [x29, #0x10]
;;    2c: fmul d0, d0, d1
;;    30: ldr x0, [x28, #0x50]
;;    34: str d0, [x0]
;;    38: ldr x0, [x28, #0x50]
;;    3c: ldr d0, [x0]
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
