;; Shifts by a register amount, masked to the lane width: i32x4 directly; i8x16 through
;; 16-bit shifts and byte masks (x86-64); i64x2.shr_s with the shifted sign bit (x86-64);
;; sshl/ushl by a negated amount on aarch64. (yaxpeax prints the count's movd as movq.)
(module
  (func (param v128 i32) (result v128)
    local.get 0 local.get 1 i32x4.shl
    local.get 1 i8x16.shr_s
    local.get 1 i8x16.shl
    local.get 1 i64x2.shr_s
    local.get 1 i16x8.shr_u))

;; ==== x64 ====
;; function 0 (213 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x97
;;    19: mov ebx, dword [rbp + 0x20]
;;    1c: movups xmm1, xmmword [rbp + 0x10]
;;    20: and ebx, 0x1f
;;    23: vmovd xmm0, ebx
;;    27: vpslld xmm1, xmm1, xmm0
;;    2b: mov ebx, dword [rbp + 0x20]
;;    2e: and ebx, 0x7
;;    31: add ebx, 0x8
;;    34: vmovd xmm0, ebx
;;    38: vpunpckhbw xmm15, xmm1, xmm1
;;    3c: vpunpcklbw xmm1, xmm1, xmm1
;;    40: vpsraw xmm15, xmm15, xmm0
;;    44: vpsraw xmm1, xmm1, xmm0
;;    48: vpacksswb xmm1, xmm1, xmm15
;;    4d: mov ebx, dword [rbp + 0x20]
;;    50: and ebx, 0x7
;;    53: vmovd xmm0, ebx
;;    57: vpcmpeqd xmm15, xmm15, xmm15
;;    5c: vpsllw xmm15, xmm15, xmm0
;;    60: vpsllw xmm1, xmm1, xmm0
;;    64: vpxor xmm0, xmm0, xmm0
;;    68: vpshufb xmm15, xmm15, xmm0
;;    6d: vpand xmm1, xmm1, xmm15
;;    72: mov ebx, dword [rbp + 0x20]
;;    75: and ebx, 0x3f
;;    78: vmovd xmm0, ebx
;;    7c: vpcmpeqd xmm15, xmm15, xmm15
;;    81: vpsllq xmm15, xmm15, 0x3f
;;    87: vpsrlq xmm15, xmm15, xmm0
;;    8b: vpsrlq xmm1, xmm1, xmm0
;;    8f: vpxor xmm1, xmm1, xmm15
;;    94: vpsubq xmm1, xmm1, xmm15
;;    99: mov ebx, dword [rbp + 0x20]
;;    9c: and ebx, 0xf
;;    9f: vmovd xmm0, ebx
;;    a3: vpsrlw xmm1, xmm1, xmm0
;;    a7: movups xmmword [rbp + 0x10], xmm1
;;    ab: mov rsp, rbp
;;    ae: pop rbp
;;    af: ret
;;    b0: mov eax, 0x9
;;    b5: jmp $+0x16
;;    ba: mov ebx, eax
;;    bc: mov rdi, rbp
;;    bf: lea rsi, qword [rip - 0xc]
;;    c6: and rsp, -0x10
;;    ca: call qword [r14 + 0x30]
;;    ce: mov eax, ebx
;;    d0: mov rsp, qword [r13 + 0x8]
;;    d4: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (222 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xa0
;;    19: mov ebx, dword [rbp + 0x20]
;;    1c: movups xmm1, xmmword [rbp + 0x10]
;;    20: and ebx, 0x1f
;;    23: movq xmm0, rbx
;;    27: pslld xmm1, xmm0
;;    2b: mov ebx, dword [rbp + 0x20]
;;    2e: and ebx, 0x7
;;    31: add ebx, 0x8
;;    34: movq xmm0, rbx
;;    38: movaps xmm15, xmm1
;;    3c: punpckhbw xmm15, xmm1
;;    41: punpcklbw xmm1, xmm1
;;    45: psraw xmm15, xmm0
;;    4a: psraw xmm1, xmm0
;;    4e: packsswb xmm1, xmm15
;;    53: mov ebx, dword [rbp + 0x20]
;;    56: and ebx, 0x7
;;    59: movq xmm0, rbx
;;    5d: pcmpeqd xmm15, xmm15
;;    62: psllw xmm15, xmm0
;;    67: psllw xmm1, xmm0
;;    6b: pxor xmm0, xmm0
;;    6f: pshufb xmm15, xmm0
;;    75: pand xmm1, xmm15
;;    7a: mov ebx, dword [rbp + 0x20]
;;    7d: and ebx, 0x3f
;;    80: movq xmm0, rbx
;;    84: pcmpeqd xmm15, xmm15
;;    89: psllq xmm15, 0x3f
;;    8f: psrlq xmm15, xmm0
;;    94: psrlq xmm1, xmm0
;;    98: pxor xmm1, xmm15
;;    9d: psubq xmm1, xmm15
;;    a2: mov ebx, dword [rbp + 0x20]
;;    a5: and ebx, 0xf
;;    a8: movq xmm0, rbx
;;    ac: psrlw xmm1, xmm0
;;    b0: movups xmmword [rbp + 0x10], xmm1
;;    b4: mov rsp, rbp
;;    b7: pop rbp
;;    b8: ret
;;    b9: mov eax, 0x9
;;    be: jmp $+0x16
;;    c3: mov ebx, eax
;;    c5: mov rdi, rbp
;;    c8: lea rsi, qword [rip - 0xc]
;;    cf: and rsp, -0x10
;;    d3: call qword [r14 + 0x30]
;;    d7: mov eax, ebx
;;    d9: mov rsp, qword [r13 + 0x8]
;;    dd: ret

;; ==== aarch64 ====
;; function 0 (200 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x74
;;    20: ldr w0, [x29, #0x20]
;;    24: ldr q0, [x29, #0x10]
;;    28: and w0, w0, #0x1f
;;    2c: dup v31.4s, w0
;;    30: sshl v0.4s, v0.4s, v31.4s
;;    34: ldr w0, [x29, #0x20]
;;    38: and w0, w0, #0x7
;;    3c: neg x0, x0
;;    40: dup v31.16b, w0
;;    44: sshl v0.16b, v0.16b, v31.16b
;;    48: ldr w0, [x29, #0x20]
;;    4c: and w0, w0, #0x7
;;    50: dup v31.16b, w0
;;    54: sshl v0.16b, v0.16b, v31.16b
;;    58: ldr w0, [x29, #0x20]
;;    5c: and w0, w0, #0x3f
;;    60: neg x0, x0
;;    64: dup v31.2d, x0
;;    68: sshl v0.2d, v0.2d, v31.2d
;;    6c: ldr w0, [x29, #0x20]
;;    70: and w0, w0, #0xf
;;    74: neg x0, x0
;;    78: dup v31.8h, w0
;;    7c: ushl v0.8h, v0.8h, v31.8h
;;    80: str q0, [x29, #0x10]
;;    84: mov sp, x29
;;    88: ldp x29, x30, [sp], #0x10
;;    8c: ret
;;    90: mov w0, #0x9
;;    94: b $+0x24
;;    98: mov w19, w0
;;    9c: mov x0, x29
;;    a0: adr x1, $-0x8
;;    a4: mov x16, sp
;;    a8: and sp, x16, #0xfffffffffffffff0
;;    ac: ldr x17, [x28, #0x30]
;;    b0: blr x17
;;    b4: mov w0, w19
;;    b8: ldr x16, [x26, #0x8]
;;    bc: ldr x17, [x16]
;;    c0: add sp, x16, #0x10
;;    c4: br x17
