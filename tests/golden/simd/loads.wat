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
;; function 0 (147 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x50
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x55
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsd xmm1, qword [r15 + rbx * 1]
;;    22: vpmovsxbw xmm1, xmm1
;;    27: mov esi, dword [r15 + rbx * 1 + 0x4]
;;    2c: vmovd xmm2, esi
;;    30: vpbroadcastd xmm2, xmm2
;;    35: vpaddd xmm1, xmm1, xmm2
;;    39: movsd xmm2, qword [r15 + rbx * 1 + 0x8]
;;    40: vpaddq xmm1, xmm1, xmm2
;;    44: mov esi, dword [rbp + 0x10]
;;    47: movzx esi, word [r15 + rsi * 1 + 0x2]
;;    4d: vpinsrw xmm1, xmm1, esi, 0x3
;;    52: vpextrd esi, xmm1, 0x1
;;    58: mov edi, dword [rbp + 0x10]
;;    5b: mov dword [r15 + rdi * 1 + 0x20], esi
;;    60: movups xmm1, xmmword [r15 + rbx * 1]
;;    65: movups xmmword [rbp + 0x10], xmm1
;;    69: mov rsp, rbp
;;    6c: pop rbp
;;    6d: ret
;;    6e: mov eax, 0x9
;;    73: jmp $+0x16
;;    78: mov ebx, eax
;;    7a: mov rdi, rbp
;;    7d: lea rsi, qword [rip - 0xc]
;;    84: and rsp, -0x10
;;    88: call qword [r14 + 0x30]
;;    8c: mov eax, ebx
;;    8e: mov rsp, qword [r13 + 0x8]
;;    92: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (147 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x50
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x55
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movsd xmm1, qword [r15 + rbx * 1]
;;    22: pmovsxbw xmm1, xmm1
;;    27: mov esi, dword [r15 + rbx * 1 + 0x4]
;;    2c: movq xmm2, rsi
;;    30: pshufd xmm2, xmm2, 0x0
;;    35: paddd xmm1, xmm2
;;    39: movsd xmm2, qword [r15 + rbx * 1 + 0x8]
;;    40: paddq xmm1, xmm2
;;    44: mov esi, dword [rbp + 0x10]
;;    47: movzx esi, word [r15 + rsi * 1 + 0x2]
;;    4d: pinsrw xmm1, esi, 0x3
;;    52: pextrd si, xmm1, 0x1
;;    58: mov edi, dword [rbp + 0x10]
;;    5b: mov dword [r15 + rdi * 1 + 0x20], esi
;;    60: movups xmm1, xmmword [r15 + rbx * 1]
;;    65: movups xmmword [rbp + 0x10], xmm1
;;    69: mov rsp, rbp
;;    6c: pop rbp
;;    6d: ret
;;    6e: mov eax, 0x9
;;    73: jmp $+0x16
;;    78: mov ebx, eax
;;    7a: mov rdi, rbp
;;    7d: lea rsi, qword [rip - 0xc]
;;    84: and rsp, -0x10
;;    88: call qword [r14 + 0x30]
;;    8c: mov eax, ebx
;;    8e: mov rsp, qword [r13 + 0x8]
;;    92: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x50
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x60
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
;;    48: ldr w1, [x29, #0x10]
;;    4c: add x16, x1, #0x2
;;    50: ldrh w1, [x27, x16]
;;    54: mov v0.h[3], w1
;;    58: mov w1, v0.s[1]
;;    5c: ldr w2, [x29, #0x10]
;;    60: add x16, x2, #0x20
;;    64: str w1, [x27, x16]
;;    68: ldr q0, [x27, x0]
;;    6c: str q0, [x29, #0x10]
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
