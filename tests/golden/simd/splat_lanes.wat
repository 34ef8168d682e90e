;; Splats from integer and float registers; extract (signed and unsigned) and replace lane.
(module
  (func (param i32 f64 v128) (result i32)
    local.get 0 i8x16.splat
    local.get 1 f64x2.splat
    i8x16.add
    local.get 0 i32x4.replace_lane 2
    local.get 1 f64x2.replace_lane 1
    i16x8.extract_lane_s 5
    local.get 2 i8x16.extract_lane_u 15
    i32.add
    local.get 2 f32x4.extract_lane 3
    i32.trunc_sat_f32_s
    i32.add))

;; ==== x64 ====
;; function 0 (190 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x80
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: vmovd xmm1, ebx
;;    20: vpbroadcastb xmm1, xmm1
;;    25: movsd xmm2, qword [rbp + 0x20]
;;    2a: vpshufd xmm3, xmm2, 0x44
;;    2f: vpaddb xmm1, xmm1, xmm3
;;    33: vpinsrd xmm1, xmm1, ebx, 0x2
;;    39: vmovlhps xmm1, xmm1, xmm2
;;    3d: vpextrw esi, xmm1, 0x5
;;    42: movsx esi, si
;;    46: movups xmm1, xmmword [rbp + 0x30]
;;    4a: vpextrb edi, xmm1, 0xf
;;    50: add esi, edi
;;    52: vpshufd xmm3, xmm1, 0x3
;;    57: cvttss2si edi, xmm3
;;    5c: cmp edi, -0x80000000
;;    63: jnz $+0x26
;;    69: ucomiss xmm3, xmm3
;;    6d: jp $+0x19
;;    73: xorps xmm15, xmm15
;;    77: ucomiss xmm3, xmm15
;;    7b: jb $+0xe
;;    81: mov edi, 0x7fffffff
;;    87: jmp $+0x3
;;    8c: xor edi, edi
;;    8f: add esi, edi
;;    91: mov dword [rbp + 0x10], esi
;;    94: mov rsp, rbp
;;    97: pop rbp
;;    98: ret
;;    99: mov eax, 0x9
;;    9e: jmp $+0x16
;;    a3: mov ebx, eax
;;    a5: mov rdi, rbp
;;    a8: lea rsi, qword [rip - 0xc]
;;    af: and rsp, -0x10
;;    b3: call qword [r14 + 0x30]
;;    b7: mov eax, ebx
;;    b9: mov rsp, qword [r13 + 0x8]
;;    bd: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (195 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x85
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movq xmm1, rbx
;;    20: pxor xmm15, xmm15
;;    25: pshufb xmm1, xmm15
;;    2b: movsd xmm2, qword [rbp + 0x20]
;;    30: pshufd xmm3, xmm2, 0x44
;;    35: paddb xmm1, xmm3
;;    39: pinsrd xmm1, xmm3, 0x2
;;    3f: movlhps xmm1, xmm2
;;    42: pextrw esi, xmm1, 0x5
;;    47: movsx esi, si
;;    4b: movups xmm1, xmmword [rbp + 0x30]
;;    4f: pextrb di, xmm1, 0xf
;;    55: add esi, edi
;;    57: pshufd xmm3, xmm1, 0x3
;;    5c: cvttss2si edi, xmm3
;;    61: cmp edi, -0x80000000
;;    68: jnz $+0x26
;;    6e: ucomiss xmm3, xmm3
;;    72: jp $+0x19
;;    78: xorps xmm15, xmm15
;;    7c: ucomiss xmm3, xmm15
;;    80: jb $+0xe
;;    86: mov edi, 0x7fffffff
;;    8c: jmp $+0x3
;;    91: xor edi, edi
;;    94: add esi, edi
;;    96: mov dword [rbp + 0x10], esi
;;    99: mov rsp, rbp
;;    9c: pop rbp
;;    9d: ret
;;    9e: mov eax, 0x9
;;    a3: jmp $+0x16
;;    a8: mov ebx, eax
;;    aa: mov rdi, rbp
;;    ad: lea rsi, qword [rip - 0xc]
;;    b4: and rsp, -0x10
;;    b8: call qword [r14 + 0x30]
;;    bc: mov eax, ebx
;;    be: mov rsp, qword [r13 + 0x8]
;;    c2: ret

;; ==== aarch64 ====
;; function 0 (160 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x4c
;;    20: ldr w0, [x29, #0x10]
;;    24: dup v0.16b, w0
;;    28: ldr d1, [x29, #0x20]
;;    2c: mov v2.2d, v1.d[0]
;;    30: add v0.16b, v0.16b, v2.16b
;;    34: mov v0.s[2], w0
;;    38: mov v0.d[1], v1.d[0]
;;    3c: smov w1, v0.h[5]
;;    40: ldr q0, [x29, #0x30]
;;    44: umov w2, v0.b[15]
;;    48: add w1, w1, w2
;;    4c: mov s2, v0.s[3]
;;    50: fcvtzs w2, s2
;;    54: add w1, w1, w2
;;    58: str w1, [x29, #0x10]
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, #0x9
;;    6c: b $+0x24
;;    70: mov w19, w0
;;    74: mov x0, x29
;;    78: adr x1, $-0x8
;;    7c: mov x16, sp
;;    80: and sp, x16, #0xfffffffffffffff0
;;    84: ldr x17, [x28, #0x30]
;;    88: blr x17
;;    8c: mov w0, w19
;;    90: ldr x16, [x26, #0x8]
;;    94: ldr x17, [x16]
;;    98: add sp, x16, #0x10
;;    9c: br x17
