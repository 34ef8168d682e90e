;; Integer add and sub at every lane width: one instruction each.
(module
  (memory 1)
  (func (param i32)
    local.get 0
    local.get 0 v128.load
    local.get 0 v128.load offset=16
    i8x16.add
    local.get 0 v128.load offset=32
    i16x8.sub
    local.get 0 v128.load offset=48
    i64x2.add
    local.get 0 v128.load offset=64
    i32x4.sub
    v128.store))

;; ==== x64 ====
;; function 0 (136 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x40
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x46
;;    1d: mov ebx, esi
;;    20: movups xmm1, xmmword [r15 + rbx * 1]
;;    25: mov ebx, esi
;;    28: movups xmm2, xmmword [r15 + rbx * 1 + 0x10]
;;    2e: vpaddb xmm1, xmm1, xmm2
;;    32: mov ebx, esi
;;    35: movups xmm2, xmmword [r15 + rbx * 1 + 0x20]
;;    3b: vpsubw xmm1, xmm1, xmm2
;;    3f: mov ebx, esi
;;    42: movups xmm2, xmmword [r15 + rbx * 1 + 0x30]
;;    48: vpaddq xmm1, xmm1, xmm2
;;    4c: mov ebx, esi
;;    4f: movups xmm2, xmmword [r15 + rbx * 1 + 0x40]
;;    55: vpsubd xmm1, xmm1, xmm2
;;    59: movups xmmword [r15 + rsi * 1], xmm1
;;    5e: mov rsp, rbp
;;    61: pop rbp
;;    62: ret
;;    63: mov eax, 0x9
;;    68: jmp $+0x16
;;    6d: mov ebx, eax
;;    6f: mov rdi, rbp
;;    72: lea rsi, qword [rip - 0xc]
;;    79: and rsp, -0x10
;;    7d: call qword [r14 + 0x30]
;;    81: mov eax, ebx
;;    83: mov rsp, qword [r13 + 0x8]
;;    87: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (136 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x40
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x46
;;    1d: mov ebx, esi
;;    20: movups xmm1, xmmword [r15 + rbx * 1]
;;    25: mov ebx, esi
;;    28: movups xmm2, xmmword [r15 + rbx * 1 + 0x10]
;;    2e: paddb xmm1, xmm2
;;    32: mov ebx, esi
;;    35: movups xmm2, xmmword [r15 + rbx * 1 + 0x20]
;;    3b: psubw xmm1, xmm2
;;    3f: mov ebx, esi
;;    42: movups xmm2, xmmword [r15 + rbx * 1 + 0x30]
;;    48: paddq xmm1, xmm2
;;    4c: mov ebx, esi
;;    4f: movups xmm2, xmmword [r15 + rbx * 1 + 0x40]
;;    55: psubd xmm1, xmm2
;;    59: movups xmmword [r15 + rsi * 1], xmm1
;;    5e: mov rsp, rbp
;;    61: pop rbp
;;    62: ret
;;    63: mov eax, 0x9
;;    68: jmp $+0x16
;;    6d: mov ebx, eax
;;    6f: mov rdi, rbp
;;    72: lea rsi, qword [rip - 0xc]
;;    79: and rsp, -0x10
;;    7d: call qword [r14 + 0x30]
;;    81: mov eax, ebx
;;    83: mov rsp, qword [r13 + 0x8]
;;    87: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x40
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x5c
;;    24: mov w1, w0
;;    28: ldr q0, [x27, x1]
;;    2c: mov w1, w0
;;    30: add x16, x1, #0x10
;;    34: ldr q1, [x27, x16]
;;    38: add v0.16b, v0.16b, v1.16b
;;    3c: mov w1, w0
;;    40: add x16, x1, #0x20
;;    44: ldr q1, [x27, x16]
;;    48: sub v0.8h, v0.8h, v1.8h
;;    4c: mov w1, w0
;;    50: add x16, x1, #0x30
;;    54: ldr q1, [x27, x16]
;;    58: add v0.2d, v0.2d, v1.2d
;;    5c: mov w1, w0
;;    60: add x16, x1, #0x40
;;    64: ldr q1, [x27, x16]
;;    68: sub v0.4s, v0.4s, v1.4s
;;    6c: str q0, [x27, x0]
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
