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
;; function 0 (123 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3d
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movups xmm1, xmmword [r15 + rbx * 1]
;;    21: movups xmm2, xmmword [r15 + rbx * 1 + 0x10]
;;    27: vpaddb xmm1, xmm1, xmm2
;;    2b: movups xmm2, xmmword [r15 + rbx * 1 + 0x20]
;;    31: vpsubw xmm1, xmm1, xmm2
;;    35: movups xmm2, xmmword [r15 + rbx * 1 + 0x30]
;;    3b: vpaddq xmm1, xmm1, xmm2
;;    3f: movups xmm2, xmmword [r15 + rbx * 1 + 0x40]
;;    45: vpsubd xmm1, xmm1, xmm2
;;    49: mov esi, dword [rbp + 0x10]
;;    4c: movups xmmword [r15 + rsi * 1], xmm1
;;    51: mov rsp, rbp
;;    54: pop rbp
;;    55: ret
;;    56: mov eax, 0x9
;;    5b: jmp $+0x16
;;    60: mov ebx, eax
;;    62: mov rdi, rbp
;;    65: lea rsi, qword [rip - 0xc]
;;    6c: and rsp, -0x10
;;    70: call qword [r14 + 0x30]
;;    74: mov eax, ebx
;;    76: mov rsp, qword [r13 + 0x8]
;;    7a: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (123 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3d
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movups xmm1, xmmword [r15 + rbx * 1]
;;    21: movups xmm2, xmmword [r15 + rbx * 1 + 0x10]
;;    27: paddb xmm1, xmm2
;;    2b: movups xmm2, xmmword [r15 + rbx * 1 + 0x20]
;;    31: psubw xmm1, xmm2
;;    35: movups xmm2, xmmword [r15 + rbx * 1 + 0x30]
;;    3b: paddq xmm1, xmm2
;;    3f: movups xmm2, xmmword [r15 + rbx * 1 + 0x40]
;;    45: psubd xmm1, xmm2
;;    49: mov esi, dword [rbp + 0x10]
;;    4c: movups xmmword [r15 + rsi * 1], xmm1
;;    51: mov rsp, rbp
;;    54: pop rbp
;;    55: ret
;;    56: mov eax, 0x9
;;    5b: jmp $+0x16
;;    60: mov ebx, eax
;;    62: mov rdi, rbp
;;    65: lea rsi, qword [rip - 0xc]
;;    6c: and rsp, -0x10
;;    70: call qword [r14 + 0x30]
;;    74: mov eax, ebx
;;    76: mov rsp, qword [r13 + 0x8]
;;    7a: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x50
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr q0, [x27, x0]
;;    28: add x16, x0, #0x10
;;    2c: ldr q1, [x27, x16]
;;    30: add v0.16b, v0.16b, v1.16b
;;    34: add x16, x0, #0x20
;;    38: ldr q1, [x27, x16]
;;    3c: sub v0.8h, v0.8h, v1.8h
;;    40: add x16, x0, #0x30
;;    44: ldr q1, [x27, x16]
;;    48: add v0.2d, v0.2d, v1.2d
;;    4c: add x16, x0, #0x40
;;    50: ldr q1, [x27, x16]
;;    54: sub v0.4s, v0.4s, v1.4s
;;    58: ldr w1, [x29, #0x10]
;;    5c: str q0, [x27, x1]
;;    60: mov sp, x29
;;    64: ldp x29, x30, [sp], #0x10
;;    68: ret
;;    6c: mov w0, #0x9
;;    70: b $+0x24
;;    74: mov w19, w0
;;    78: mov x0, x29
;;    7c: adr x1, $-0x8
;;    80: mov x16, sp
;;    84: and sp, x16, #0xfffffffffffffff0
;;    88: ldr x17, [x28, #0x30]
;;    8c: blr x17
;;    90: mov w0, w19
;;    94: ldr x16, [x26, #0x8]
;;    98: ldr x17, [x16]
;;    9c: add sp, x16, #0x10
;;    a0: br x17
