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
;; function 0 (135 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x49
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movups xmm1, xmmword [r15 + rbx * 1]
;;    21: mov ebx, dword [rbp + 0x10]
;;    24: movups xmm2, xmmword [r15 + rbx * 1 + 0x10]
;;    2a: vpaddb xmm1, xmm1, xmm2
;;    2e: mov ebx, dword [rbp + 0x10]
;;    31: movups xmm2, xmmword [r15 + rbx * 1 + 0x20]
;;    37: vpsubw xmm1, xmm1, xmm2
;;    3b: mov ebx, dword [rbp + 0x10]
;;    3e: movups xmm2, xmmword [r15 + rbx * 1 + 0x30]
;;    44: vpaddq xmm1, xmm1, xmm2
;;    48: mov ebx, dword [rbp + 0x10]
;;    4b: movups xmm2, xmmword [r15 + rbx * 1 + 0x40]
;;    51: vpsubd xmm1, xmm1, xmm2
;;    55: mov ebx, dword [rbp + 0x10]
;;    58: movups xmmword [r15 + rbx * 1], xmm1
;;    5d: mov rsp, rbp
;;    60: pop rbp
;;    61: ret
;;    62: mov eax, 0x9
;;    67: jmp $+0x16
;;    6c: mov ebx, eax
;;    6e: mov rdi, rbp
;;    71: lea rsi, qword [rip - 0xc]
;;    78: and rsp, -0x10
;;    7c: call qword [r14 + 0x30]
;;    80: mov eax, ebx
;;    82: mov rsp, qword [r13 + 0x8]
;;    86: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (135 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x49
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movups xmm1, xmmword [r15 + rbx * 1]
;;    21: mov ebx, dword [rbp + 0x10]
;;    24: movups xmm2, xmmword [r15 + rbx * 1 + 0x10]
;;    2a: paddb xmm1, xmm2
;;    2e: mov ebx, dword [rbp + 0x10]
;;    31: movups xmm2, xmmword [r15 + rbx * 1 + 0x20]
;;    37: psubw xmm1, xmm2
;;    3b: mov ebx, dword [rbp + 0x10]
;;    3e: movups xmm2, xmmword [r15 + rbx * 1 + 0x30]
;;    44: paddq xmm1, xmm2
;;    48: mov ebx, dword [rbp + 0x10]
;;    4b: movups xmm2, xmmword [r15 + rbx * 1 + 0x40]
;;    51: psubd xmm1, xmm2
;;    55: mov ebx, dword [rbp + 0x10]
;;    58: movups xmmword [r15 + rbx * 1], xmm1
;;    5d: mov rsp, rbp
;;    60: pop rbp
;;    61: ret
;;    62: mov eax, 0x9
;;    67: jmp $+0x16
;;    6c: mov ebx, eax
;;    6e: mov rdi, rbp
;;    71: lea rsi, qword [rip - 0xc]
;;    78: and rsp, -0x10
;;    7c: call qword [r14 + 0x30]
;;    80: mov eax, ebx
;;    82: mov rsp, qword [r13 + 0x8]
;;    86: ret

;; ==== aarch64 ====
;; function 0 (184 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x60
;;    24: ldr w0, [x29, #0x10]
;;    28: ldr q0, [x27, x0]
;;    2c: ldr w0, [x29, #0x10]
;;    30: add x16, x0, #0x10
;;    34: ldr q1, [x27, x16]
;;    38: add v0.16b, v0.16b, v1.16b
;;    3c: ldr w0, [x29, #0x10]
;;    40: add x16, x0, #0x20
;;    44: ldr q1, [x27, x16]
;;    48: sub v0.8h, v0.8h, v1.8h
;;    4c: ldr w0, [x29, #0x10]
;;    50: add x16, x0, #0x30
;;    54: ldr q1, [x27, x16]
;;    58: add v0.2d, v0.2d, v1.2d
;;    5c: ldr w0, [x29, #0x10]
;;    60: add x16, x0, #0x40
;;    64: ldr q1, [x27, x16]
;;    68: sub v0.4s, v0.4s, v1.4s
;;    6c: ldr w0, [x29, #0x10]
;;    70: str q0, [x27, x0]
;;    74: mov sp, x29
;;    78: ldp x29, x30, [sp], #0x10
;;    7c: ret
;;    80: mov w0, #0x9
;;    84: b $+0x24
;;    88: mov w19, w0
;;    8c: mov x0, x29
;;    90: adr x1, $-0x8
;;    94: mov x16, sp
;;    98: and sp, x16, #0xfffffffffffffff0
;;    9c: ldr x17, [x28, #0x30]
;;    a0: blr x17
;;    a4: mov w0, w19
;;    a8: ldr x16, [x26, #0x8]
;;    ac: ldr x17, [x16]
;;    b0: add sp, x16, #0x10
;;    b4: br x17
