;; Comparisons: signed (pcmpgt, swapped for lt), unsigned (through pmaxu/pminu), i64x2, and
;; float (cmpps predicates, swapped for gt/ge).
(module
  (func (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.lt_s
    local.get 0 local.get 1 i16x8.ge_u
    v128.and
    local.get 0 local.get 1 i64x2.gt_s
    v128.or
    local.get 0 local.get 1 f32x4.gt
    v128.xor
    local.get 0 local.get 1 f64x2.ne
    v128.and))

;; ==== x64 ====
;; function 0 (140 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x4e
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: vpcmpgtb xmm2, xmm1, xmm2
;;    25: movups xmm3, xmmword [rbp + 0x10]
;;    29: vpmaxuw xmm15, xmm3, xmm1
;;    2e: vpcmpeqw xmm3, xmm3, xmm15
;;    33: vpand xmm2, xmm2, xmm3
;;    37: movups xmm3, xmmword [rbp + 0x10]
;;    3b: vpcmpgtq xmm3, xmm3, xmm1
;;    40: vpor xmm2, xmm2, xmm3
;;    44: movups xmm3, xmmword [rbp + 0x10]
;;    48: vcmpps xmm3, xmm1, xmm3, 0x1
;;    4d: vpxor xmm2, xmm2, xmm3
;;    51: movups xmm3, xmmword [rbp + 0x10]
;;    55: vcmppd xmm3, xmm3, xmm1, 0x4
;;    5a: vpand xmm2, xmm2, xmm3
;;    5e: movups xmmword [rbp + 0x10], xmm2
;;    62: mov rsp, rbp
;;    65: pop rbp
;;    66: ret
;;    67: mov eax, 0x9
;;    6c: jmp $+0x16
;;    71: mov ebx, eax
;;    73: mov rdi, rbp
;;    76: lea rsi, qword [rip - 0xc]
;;    7d: and rsp, -0x10
;;    81: call qword [r14 + 0x30]
;;    85: mov eax, ebx
;;    87: mov rsp, qword [r13 + 0x8]
;;    8b: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (162 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x64
;;    19: movups xmm1, xmmword [rbp + 0x20]
;;    1d: movups xmm2, xmmword [rbp + 0x10]
;;    21: movaps xmm15, xmm1
;;    25: pcmpgtb xmm15, xmm2
;;    2a: movaps xmm2, xmm15
;;    2e: movups xmm3, xmmword [rbp + 0x10]
;;    32: movaps xmm15, xmm3
;;    36: pmaxuw xmm15, xmm1
;;    3c: pcmpeqw xmm3, xmm15
;;    41: pand xmm2, xmm3
;;    45: movups xmm3, xmmword [rbp + 0x10]
;;    49: pcmpgtq xmm3, xmm1
;;    4e: por xmm2, xmm3
;;    52: movups xmm3, xmmword [rbp + 0x10]
;;    56: movaps xmm15, xmm1
;;    5a: cmpps xmm15, xmm3, 0x1
;;    5f: movaps xmm3, xmm15
;;    63: pxor xmm2, xmm3
;;    67: movups xmm3, xmmword [rbp + 0x10]
;;    6b: cmppd xmm3, xmm1, 0x4
;;    70: pand xmm2, xmm3
;;    74: movups xmmword [rbp + 0x10], xmm2
;;    78: mov rsp, rbp
;;    7b: pop rbp
;;    7c: ret
;;    7d: mov eax, 0x9
;;    82: jmp $+0x16
;;    87: mov ebx, eax
;;    89: mov rdi, rbp
;;    8c: lea rsi, qword [rip - 0xc]
;;    93: and rsp, -0x10
;;    97: call qword [r14 + 0x30]
;;    9b: mov eax, ebx
;;    9d: mov rsp, qword [r13 + 0x8]
;;    a1: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x54
;;    20: ldr q0, [x29, #0x20]
;;    24: ldr q1, [x29, #0x10]
;;    28: cmgt v1.16b, v0.16b, v1.16b
;;    2c: ldr q2, [x29, #0x10]
;;    30: cmhs v2.8h, v2.8h, v0.8h
;;    34: and v1.16b, v1.16b, v2.16b
;;    38: ldr q2, [x29, #0x10]
;;    3c: cmgt v2.2d, v2.2d, v0.2d
;;    40: orr v1.16b, v1.16b, v2.16b
;;    44: ldr q2, [x29, #0x10]
;;    48: fcmgt v2.4s, v2.4s, v0.4s
;;    4c: eor v1.16b, v1.16b, v2.16b
;;    50: ldr q2, [x29, #0x10]
;;    54: fcmeq v2.2d, v2.2d, v0.2d
;;    58: mvn v2.16b, v2.16b
;;    5c: and v1.16b, v1.16b, v2.16b
;;    60: str q1, [x29, #0x10]
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, #0x9
;;    74: b $+0x24
;;    78: mov w19, w0
;;    7c: mov x0, x29
;;    80: adr x1, $-0x8
;;    84: mov x16, sp
;;    88: and sp, x16, #0xfffffffffffffff0
;;    8c: ldr x17, [x28, #0x30]
;;    90: blr x17
;;    94: mov w0, w19
;;    98: ldr x16, [x26, #0x8]
;;    9c: ldr x17, [x16]
;;    a0: add sp, x16, #0x10
;;    a4: br x17
