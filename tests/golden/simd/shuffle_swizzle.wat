;; i8x16.shuffle (two pshufb and a por; tbl over v30/v31) and i8x16.swizzle.
(module
  (func (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31
    local.get 1 i8x16.swizzle))

;; ==== x64 ====
;; function 0 (206 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x90
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: mov rax, -0x7ff97ffb7ffd8000
;;    2b: movq xmm15, rax
;;    30: mov rax, -0x7ff17ff37ff57ff8
;;    3a: pinsrq xmm15, xmm0, 0x1
;;    41: pshufb xmm2, xmm15
;;    47: mov rax, 0x780058003800180
;;    51: movq xmm15, rax
;;    56: mov rax, 0xf800d800b800980
;;    60: pinsrq xmm15, xmm0, 0x1
;;    67: pshufb xmm1, xmm15
;;    6d: por xmm2, xmm1
;;    71: movups xmm1, xmmword [rbp + 0x20]
;;    75: mov rax, 0x7070707070707070
;;    7f: movq xmm15, rax
;;    84: mov rax, 0x7070707070707070
;;    8e: pinsrq xmm15, xmm0, 0x1
;;    95: paddusb xmm15, xmm1
;;    9a: pshufb xmm2, xmm15
;;    a0: movups xmmword [rbp + 0x10], xmm2
;;    a4: mov rsp, rbp
;;    a7: pop rbp
;;    a8: ret
;;    a9: mov eax, 0x9
;;    ae: jmp $+0x16
;;    b3: mov ebx, eax
;;    b5: mov rdi, rbp
;;    b8: lea rsi, qword [rip - 0xc]
;;    bf: and rsp, -0x10
;;    c3: call qword [r14 + 0x30]
;;    c7: mov eax, ebx
;;    c9: mov rsp, qword [r13 + 0x8]
;;    cd: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x5c
;;    24: ldr q0, [x29, #0x20]
;;    28: ldr q1, [x29, #0x10]
;;    2c: mov v30.16b, v1.16b
;;    30: mov v31.16b, v0.16b
;;    34: mov x16, #0x1100
;;    38: movk x16, #0x1302, lsl #16
;;    3c: movk x16, #0x1504, lsl #32
;;    40: movk x16, #0x1706, lsl #48
;;    44: fmov d1, x16
;;    48: mov x16, #0x1908
;;    4c: movk x16, #0x1b0a, lsl #16
;;    50: movk x16, #0x1d0c, lsl #32
;;    54: movk x16, #0x1f0e, lsl #48
;;    58: mov v1.d[1], x16
;;    5c: tbl v1.16b, {v30.16b, v31.16b}, v1.16b
;;    60: ldr q0, [x29, #0x20]
;;    64: mov v31.16b, v1.16b
;;    68: tbl v1.16b, {v31.16b}, v0.16b
;;    6c: str q1, [x29, #0x10]
;;    70: mov sp, x29
;;    74: ldp x29, x30, [sp], #0x10
;;    78: ret
;;    7c: mov w0, #0x9
;;    80: b $+0x24
;;    84: mov w19, w0
;;    88: mov x0, x29
;;    8c: adr x1, $-0x8
;;    90: mov x16, sp
;;    94: and sp, x16, #0xfffffffffffffff0
;;    98: ldr x17, [x28, #0x30]
;;    9c: blr x17
;;    a0: mov w0, w19
;;    a4: ldr x16, [x26, #0x8]
;;    a8: ldr x17, [x16]
;;    ac: add sp, x16, #0x10
;;    b0: br x17
