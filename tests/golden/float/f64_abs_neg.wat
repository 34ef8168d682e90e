;; abs and neg work on the sign bit.
(module (func (param f64) (result f64) (f64.neg (f64.abs (local.get 0)))))

;; ==== x64 ====
;; function 0 (114 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x34
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: mov rax, 0x7fffffffffffffff
;;    28: movq xmm15, rax
;;    2d: andps xmm1, xmm15
;;    31: mov rax, -0x8000000000000000
;;    3b: movq xmm15, rax
;;    40: xorps xmm1, xmm15
;;    44: movaps xmm0, xmm1
;;    48: mov rsp, rbp
;;    4b: pop rbp
;;    4c: ret
;;    4d: mov eax, 0x9
;;    52: jmp $+0x16
;;    57: mov ebx, eax
;;    59: mov rdi, rbp
;;    5c: lea rsi, qword [rip - 0xc]
;;    63: and rsp, -0x10
;;    67: call qword [r14 + 0x30]
;;    6b: mov eax, ebx
;;    6d: mov rsp, qword [r13 + 0x8]
;;    71: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x1c
;;    20: ldr d0, [x29, #0x10]
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
