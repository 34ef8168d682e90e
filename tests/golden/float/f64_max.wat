;; f64.max: NaN propagates and +0 is greater than -0.
(module (func (param f64 f64) (result f64) (f64.max (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (122 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3c
;;    19: movsd xmm1, qword [rbp + 0x18]
;;    1e: movsd xmm2, qword [rbp + 0x10]
;;    23: ucomisd xmm2, xmm1
;;    28: jp $+0x19
;;    2e: jnz $+0x9
;;    34: andps xmm2, xmm1
;;    38: jmp $+0xf
;;    3d: maxsd xmm2, xmm1
;;    42: jmp $+0x5
;;    47: addsd xmm2, xmm1
;;    4c: movaps xmm0, xmm2
;;    50: mov rsp, rbp
;;    53: pop rbp
;;    54: ret
;;    55: mov eax, 0x9
;;    5a: jmp $+0x16
;;    5f: mov ebx, eax
;;    61: mov rdi, rbp
;;    64: lea rsi, qword [rip - 0xc]
;;    6b: and rsp, -0x10
;;    6f: call qword [r14 + 0x30]
;;    73: mov eax, ebx
;;    75: mov rsp, qword [r13 + 0x8]
;;    79: ret

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr d0, [x29, #0x18]
;;    24: ldr d1, [x29, #0x10]
;;    28: fmax d1, d1, d0
;;    2c: fmov d0, d1
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
