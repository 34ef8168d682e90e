;; abs and neg work on the sign bit.
(module (func (param f64) (result f64) (f64.neg (f64.abs (local.get 0)))))

;; ==== x64 ====
;; function 0 (115 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x2f
;;    1f: mov rax, 0x7fffffffffffffff
;;    29: movq xmm15, rax
;;    2e: andps xmm1, xmm15
;;    32: mov rax, -0x8000000000000000
;;    3c: movq xmm15, rax
;;    41: xorps xmm1, xmm15
;;    45: movaps xmm0, xmm1
;;    49: mov rsp, rbp
;;    4c: pop rbp
;;    4d: ret
;;    4e: mov eax, 0x9
;;    53: jmp $+0x16
;;    58: mov ebx, eax
;;    5a: mov rdi, rbp
;;    5d: lea rsi, qword [rip - 0xc]
;;    64: and rsp, -0x10
;;    68: call qword [r14 + 0x30]
;;    6c: mov eax, ebx
;;    6e: mov rsp, qword [r13 + 0x8]
;;    72: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x18
;;    24: fabs d0, d0
;;    28: fneg d0, d0
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x9
;;    3c: b $+0x24
;;    40: mov w19, w0
;;    44: mov x0, x29
;;    48: adr x1, $-0x8
;;    4c: mov x16, sp
;;    50: and sp, x16, #0xfffffffffffffff0
;;    54: ldr x17, [x28, #0x30]
;;    58: blr x17
;;    5c: mov w0, w19
;;    60: ldr x16, [x26, #0x8]
;;    64: ldr x17, [x16]
;;    68: add sp, x16, #0x10
;;    6c: br x17
