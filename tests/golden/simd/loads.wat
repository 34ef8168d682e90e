;; Loads that widen, splat, zero and fill one lane, and a lane store: a scalar access and
;; one vector instruction each.
(module
  (memory 1)
  (func (param i32) (result v128)
    local.get 0
    local.get 0
    local.get 0 v128.load8x8_s
    local.get 0 v128.load32_splat offset=4
    i32x4.add
    local.get 0 v128.load64_zero offset=8
    i64x2.add
    v128.load16_lane offset=2 3
    v128.store32_lane offset=32 1
    local.get 0 v128.load))

;; ==== x64 ====
;; function 0 (156 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x50
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5e
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsd xmm1, qword [r15 + rbx * 1]
;;    22: vpmovsxbw xmm1, xmm1
;;    27: mov ebx, dword [rbp + 0x10]
;;    2a: mov ebx, dword [r15 + rbx * 1 + 0x4]
;;    2f: vmovd xmm2, ebx
;;    33: vpbroadcastd xmm2, xmm2
;;    38: vpaddd xmm1, xmm1, xmm2
;;    3c: mov ebx, dword [rbp + 0x10]
;;    3f: movsd xmm2, qword [r15 + rbx * 1 + 0x8]
;;    46: vpaddq xmm1, xmm1, xmm2
;;    4a: mov ebx, dword [rbp + 0x10]
;;    4d: movzx ebx, word [r15 + rbx * 1 + 0x2]
;;    53: vpinsrw xmm1, xmm1, ebx, 0x3
;;    58: vpextrd ebx, xmm1, 0x1
;;    5e: mov esi, dword [rbp + 0x10]
;;    61: mov dword [r15 + rsi * 1 + 0x20], ebx
;;    66: mov ebx, dword [rbp + 0x10]
;;    69: movups xmm1, xmmword [r15 + rbx * 1]
;;    6e: movups xmmword [rbp + 0x10], xmm1
;;    72: mov rsp, rbp
;;    75: pop rbp
;;    76: ret
;;    77: mov eax, 0x9
;;    7c: jmp $+0x16
;;    81: mov ebx, eax
;;    83: mov rdi, rbp
;;    86: lea rsi, qword [rip - 0xc]
;;    8d: and rsp, -0x10
;;    91: call qword [r14 + 0x30]
;;    95: mov eax, ebx
;;    97: mov rsp, qword [r13 + 0x8]
;;    9b: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (156 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x50
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5e
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsd xmm1, qword [r15 + rbx * 1]
;;    22: pmovsxbw xmm1, xmm1
;;    27: mov ebx, dword [rbp + 0x10]
;;    2a: mov ebx, dword [r15 + rbx * 1 + 0x4]
;;    2f: movq xmm2, rbx
;;    33: pshufd xmm2, xmm2, 0x0
;;    38: paddd xmm1, xmm2
;;    3c: mov ebx, dword [rbp + 0x10]
;;    3f: movsd xmm2, qword [r15 + rbx * 1 + 0x8]
;;    46: paddq xmm1, xmm2
;;    4a: mov ebx, dword [rbp + 0x10]
;;    4d: movzx ebx, word [r15 + rbx * 1 + 0x2]
;;    53: pinsrw xmm1, ebx, 0x3
;;    58: pextrd bx, xmm1, 0x1
;;    5e: mov esi, dword [rbp + 0x10]
;;    61: mov dword [r15 + rsi * 1 + 0x20], ebx
;;    66: mov ebx, dword [rbp + 0x10]
;;    69: movups xmm1, xmmword [r15 + rbx * 1]
;;    6e: movups xmmword [rbp + 0x10], xmm1
;;    72: mov rsp, rbp
;;    75: pop rbp
;;    76: ret
;;    77: mov eax, 0x9
;;    7c: jmp $+0x16
;;    81: mov ebx, eax
;;    83: mov rdi, rbp
;;    86: lea rsi, qword [rip - 0xc]
;;    8d: and rsp, -0x10
;;    91: call qword [r14 + 0x30]
;;    95: mov eax, ebx
;;    97: mov rsp, qword [r13 + 0x8]
;;    9b: ret

;; ==== aarch64 ====
;; function 0 (196 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x50
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x6c
;;    24: ldr w0, [x29, #0x10]
;;    28: ldr d0, [x27, x0]
;;    2c: sshll v0.8h, v0.8b, #0x0
;;    30: ldr w0, [x29, #0x10]
;;    34: add x16, x0, #0x4
;;    38: ldr w0, [x27, x16]
;;    3c: dup v1.4s, w0
;;    40: add v0.4s, v0.4s, v1.4s
;;    44: ldr w0, [x29, #0x10]
;;    48: add x16, x0, #0x8
;;    4c: ldr d1, [x27, x16]
;;    50: add v0.2d, v0.2d, v1.2d
;;    54: ldr w0, [x29, #0x10]
;;    58: add x16, x0, #0x2
;;    5c: ldrh w0, [x27, x16]
;;    60: mov v0.h[3], w0
;;    64: mov w0, v0.s[1]
;;    68: ldr w1, [x29, #0x10]
;;    6c: add x16, x1, #0x20
;;    70: str w0, [x27, x16]
;;    74: ldr w0, [x29, #0x10]
;;    78: ldr q0, [x27, x0]
;;    7c: str q0, [x29, #0x10]
;;    80: mov sp, x29
;;    84: ldp x29, x30, [sp], #0x10
;;    88: ret
;;    8c: mov w0, #0x9
;;    90: b $+0x24
;;    94: mov w19, w0
;;    98: mov x0, x29
;;    9c: adr x1, $-0x8
;;    a0: mov x16, sp
;;    a4: and sp, x16, #0xfffffffffffffff0
;;    a8: ldr x17, [x28, #0x30]
;;    ac: blr x17
;;    b0: mov w0, w19
;;    b4: ldr x16, [x26, #0x8]
;;    b8: ldr x17, [x16]
;;    bc: add sp, x16, #0x10
;;    c0: br x17
