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
;; function 0 (202 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x8c
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: vmovd xmm1, ebx
;;    20: vpbroadcastb xmm1, xmm1
;;    25: movsd xmm2, qword [rbp + 0x20]
;;    2a: vpshufd xmm3, xmm2, 0x44
;;    2f: vpaddb xmm1, xmm1, xmm3
;;    33: mov ebx, dword [rbp + 0x10]
;;    36: vpinsrd xmm1, xmm1, ebx, 0x2
;;    3c: movsd xmm2, qword [rbp + 0x20]
;;    41: vmovlhps xmm1, xmm1, xmm2
;;    45: vpextrw ebx, xmm1, 0x5
;;    4a: movsx ebx, bx
;;    4e: movups xmm1, xmmword [rbp + 0x30]
;;    52: vpextrb esi, xmm1, 0xf
;;    58: add ebx, esi
;;    5a: movups xmm1, xmmword [rbp + 0x30]
;;    5e: vpshufd xmm2, xmm1, 0x3
;;    63: cvttss2si esi, xmm2
;;    68: cmp esi, -0x80000000
;;    6f: jnz $+0x26
;;    75: ucomiss xmm2, xmm2
;;    79: jp $+0x19
;;    7f: xorps xmm15, xmm15
;;    83: ucomiss xmm2, xmm15
;;    87: jb $+0xe
;;    8d: mov esi, 0x7fffffff
;;    93: jmp $+0x3
;;    98: xor esi, esi
;;    9b: add ebx, esi
;;    9d: mov dword [rbp + 0x10], ebx
;;    a0: mov rsp, rbp
;;    a3: pop rbp
;;    a4: ret
;;    a5: mov eax, 0x9
;;    aa: jmp $+0x16
;;    af: mov ebx, eax
;;    b1: mov rdi, rbp
;;    b4: lea rsi, qword [rip - 0xc]
;;    bb: and rsp, -0x10
;;    bf: call qword [r14 + 0x30]
;;    c3: mov eax, ebx
;;    c5: mov rsp, qword [r13 + 0x8]
;;    c9: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (207 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x91
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movq xmm1, rbx
;;    20: pxor xmm15, xmm15
;;    25: pshufb xmm1, xmm15
;;    2b: movsd xmm2, qword [rbp + 0x20]
;;    30: pshufd xmm3, xmm2, 0x44
;;    35: paddb xmm1, xmm3
;;    39: mov ebx, dword [rbp + 0x10]
;;    3c: pinsrd xmm1, xmm3, 0x2
;;    42: movsd xmm2, qword [rbp + 0x20]
;;    47: movlhps xmm1, xmm2
;;    4a: pextrw ebx, xmm1, 0x5
;;    4f: movsx ebx, bx
;;    53: movups xmm1, xmmword [rbp + 0x30]
;;    57: pextrb si, xmm1, 0xf
;;    5d: add ebx, esi
;;    5f: movups xmm1, xmmword [rbp + 0x30]
;;    63: pshufd xmm2, xmm1, 0x3
;;    68: cvttss2si esi, xmm2
;;    6d: cmp esi, -0x80000000
;;    74: jnz $+0x26
;;    7a: ucomiss xmm2, xmm2
;;    7e: jp $+0x19
;;    84: xorps xmm15, xmm15
;;    88: ucomiss xmm2, xmm15
;;    8c: jb $+0xe
;;    92: mov esi, 0x7fffffff
;;    98: jmp $+0x3
;;    9d: xor esi, esi
;;    a0: add ebx, esi
;;    a2: mov dword [rbp + 0x10], ebx
;;    a5: mov rsp, rbp
;;    a8: pop rbp
;;    a9: ret
;;    aa: mov eax, 0x9
;;    af: jmp $+0x16
;;    b4: mov ebx, eax
;;    b6: mov rdi, rbp
;;    b9: lea rsi, qword [rip - 0xc]
;;    c0: and rsp, -0x10
;;    c4: call qword [r14 + 0x30]
;;    c8: mov eax, ebx
;;    ca: mov rsp, qword [r13 + 0x8]
;;    ce: ret

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x58
;;    24: ldr w0, [x29, #0x10]
;;    28: dup v0.16b, w0
;;    2c: ldr d1, [x29, #0x20]
;;    30: mov v2.2d, v1.d[0]
;;    34: add v0.16b, v0.16b, v2.16b
;;    38: ldr w0, [x29, #0x10]
;;    3c: mov v0.s[2], w0
;;    40: ldr d1, [x29, #0x20]
;;    44: mov v0.d[1], v1.d[0]
;;    48: smov w0, v0.h[5]
;;    4c: ldr q0, [x29, #0x30]
;;    50: umov w1, v0.b[15]
;;    54: add w0, w0, w1
;;    58: ldr q0, [x29, #0x30]
;;    5c: mov s1, v0.s[3]
;;    60: fcvtzs w1, s1
;;    64: add w0, w0, w1
;;    68: str w0, [x29, #0x10]
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: mov w0, #0x9
;;    7c: b $+0x24
;;    80: mov w19, w0
;;    84: mov x0, x29
;;    88: adr x1, $-0x8
;;    8c: mov x16, sp
;;    90: and sp, x16, #0xfffffffffffffff0
;;    94: ldr x17, [x28, #0x30]
;;    98: blr x17
;;    9c: mov w0, w19
;;    a0: ldr x16, [x26, #0x8]
;;    a4: ldr x17, [x16]
;;    a8: add sp, x16, #0x10
;;    ac: br x17
