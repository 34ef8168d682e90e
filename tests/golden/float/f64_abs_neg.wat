;; abs and neg work on the sign bit.
(module (func (param f64) (result f64) (f64.neg (f64.abs (local.get 0)))))

;; ==== x64 ====
;; function 0 (144 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x10
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x23
;;    1f: movsd xmm15, qword [rip + 0x48]
;;    28: andps xmm1, xmm15
;;    2c: movsd xmm15, qword [rip + 0x4b]
;;    35: xorps xmm1, xmm15
;;    39: movaps xmm0, xmm1
;;    3d: mov rsp, rbp
;;    40: pop rbp
;;    41: ret
;;    42: mov eax, 0x9
;;    47: jmp $+0x16
;;    4c: mov ebx, eax
;;    4e: mov rdi, rbp
;;    51: lea rsi, qword [rip - 0xc]
;;    58: and rsp, -0x10
;;    5c: call qword [r14 + 0x30]
;;    60: mov eax, ebx
;;    62: mov rsp, qword [r13 + 0x8]
;;    66: ret
;;    67: int 0x3
;;    68: int 0x3
;;    69: int 0x3
;;    6a: int 0x3
;;    6b: int 0x3
;;    6c: int 0x3
;;    6d: int 0x3
;;    6e: int 0x3
;;    6f: int 0x3
;;    70: .word 0xffffffff
;;    74: .word 0x7fffffff
;;    78: .word 0x00000000
;;    7c: .word 0x00000000
;;    80: .word 0x00000000
;;    84: .word 0x80000000
;;    88: .word 0x00000000
;;    8c: .word 0x00000000

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
