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
;; function 0 (141 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x50
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x4f
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsd xmm1, qword [r15 + rbx * 1]
;;    22: vpmovsxbw xmm1, xmm1
;;    27: mov esi, dword [r15 + rbx * 1 + 0x4]
;;    2c: vmovd xmm2, esi
;;    30: vpbroadcastd xmm2, xmm2
;;    35: vpaddd xmm1, xmm1, xmm2
;;    39: movsd xmm2, qword [r15 + rbx * 1 + 0x8]
;;    40: vpaddq xmm1, xmm1, xmm2
;;    44: movzx esi, word [r15 + rbx * 1 + 0x2]
;;    4a: vpinsrw xmm1, xmm1, esi, 0x3
;;    4f: vpextrd esi, xmm1, 0x1
;;    55: mov dword [r15 + rbx * 1 + 0x20], esi
;;    5a: movups xmm1, xmmword [r15 + rbx * 1]
;;    5f: movups xmmword [rbp + 0x10], xmm1
;;    63: mov rsp, rbp
;;    66: pop rbp
;;    67: ret
;;    68: mov eax, 0x9
;;    6d: jmp $+0x16
;;    72: mov ebx, eax
;;    74: mov rdi, rbp
;;    77: lea rsi, qword [rip - 0xc]
;;    7e: and rsp, -0x10
;;    82: call qword [r14 + 0x30]
;;    86: mov eax, ebx
;;    88: mov rsp, qword [r13 + 0x8]
;;    8c: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (141 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x50
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x4f
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsd xmm1, qword [r15 + rbx * 1]
;;    22: pmovsxbw xmm1, xmm1
;;    27: mov esi, dword [r15 + rbx * 1 + 0x4]
;;    2c: movq xmm2, rsi
;;    30: pshufd xmm2, xmm2, 0x0
;;    35: paddd xmm1, xmm2
;;    39: movsd xmm2, qword [r15 + rbx * 1 + 0x8]
;;    40: paddq xmm1, xmm2
;;    44: movzx esi, word [r15 + rbx * 1 + 0x2]
;;    4a: pinsrw xmm1, esi, 0x3
;;    4f: pextrd si, xmm1, 0x1
;;    55: mov dword [r15 + rbx * 1 + 0x20], esi
;;    5a: movups xmm1, xmmword [r15 + rbx * 1]
;;    5f: movups xmmword [rbp + 0x10], xmm1
;;    63: mov rsp, rbp
;;    66: pop rbp
;;    67: ret
;;    68: mov eax, 0x9
;;    6d: jmp $+0x16
;;    72: mov ebx, eax
;;    74: mov rdi, rbp
;;    77: lea rsi, qword [rip - 0xc]
;;    7e: and rsp, -0x10
;;    82: call qword [r14 + 0x30]
;;    86: mov eax, ebx
;;    88: mov rsp, qword [r13 + 0x8]
;;    8c: ret

;; ==== aarch64 ====
;; function 0 (172 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x50
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x58
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr d0, [x27, x0]
;;    28: sshll v0.8h, v0.8b, #0x0
;;    2c: add x16, x0, #0x4
;;    30: ldr w1, [x27, x16]
;;    34: dup v1.4s, w1
;;    38: add v0.4s, v0.4s, v1.4s
;;    3c: add x16, x0, #0x8
;;    40: ldr d1, [x27, x16]
;;    44: add v0.2d, v0.2d, v1.2d
;;    48: add x16, x0, #0x2
;;    4c: ldrh w1, [x27, x16]
;;    50: mov v0.h[3], w1
;;    54: mov w1, v0.s[1]
;;    58: add x16, x0, #0x20
;;    5c: str w1, [x27, x16]
;;    60: ldr q0, [x27, x0]
;;    64: str q0, [x29, #0x10]
;;    68: mov sp, x29
;;    6c: ldp x29, x30, [sp], #0x10
;;    70: ret
;;    74: mov w0, #0x9
;;    78: b $+0x24
;;    7c: mov w19, w0
;;    80: mov x0, x29
;;    84: adr x1, $-0x8
;;    88: mov x16, sp
;;    8c: and sp, x16, #0xfffffffffffffff0
;;    90: ldr x17, [x28, #0x30]
;;    94: blr x17
;;    98: mov w0, w19
;;    9c: ldr x16, [x26, #0x8]
;;    a0: ldr x17, [x16]
;;    a4: add sp, x16, #0x10
;;    a8: br x17
