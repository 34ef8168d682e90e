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
;; function 0 (121 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x40
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x37
;;    1d: movups xmm1, xmmword [r15 + rsi * 1]
;;    22: movups xmm2, xmmword [r15 + rsi * 1 + 0x10]
;;    28: vpaddb xmm1, xmm1, xmm2
;;    2c: movups xmm2, xmmword [r15 + rsi * 1 + 0x20]
;;    32: vpsubw xmm1, xmm1, xmm2
;;    36: movups xmm2, xmmword [r15 + rsi * 1 + 0x30]
;;    3c: vpaddq xmm1, xmm1, xmm2
;;    40: movups xmm2, xmmword [r15 + rsi * 1 + 0x40]
;;    46: vpsubd xmm1, xmm1, xmm2
;;    4a: movups xmmword [r15 + rsi * 1], xmm1
;;    4f: mov rsp, rbp
;;    52: pop rbp
;;    53: ret
;;    54: mov eax, 0x9
;;    59: jmp $+0x16
;;    5e: mov ebx, eax
;;    60: mov rdi, rbp
;;    63: lea rsi, qword [rip - 0xc]
;;    6a: and rsp, -0x10
;;    6e: call qword [r14 + 0x30]
;;    72: mov eax, ebx
;;    74: mov rsp, qword [r13 + 0x8]
;;    78: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (121 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x40
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x37
;;    1d: movups xmm1, xmmword [r15 + rsi * 1]
;;    22: movups xmm2, xmmword [r15 + rsi * 1 + 0x10]
;;    28: paddb xmm1, xmm2
;;    2c: movups xmm2, xmmword [r15 + rsi * 1 + 0x20]
;;    32: psubw xmm1, xmm2
;;    36: movups xmm2, xmmword [r15 + rsi * 1 + 0x30]
;;    3c: paddq xmm1, xmm2
;;    40: movups xmm2, xmmword [r15 + rsi * 1 + 0x40]
;;    46: psubd xmm1, xmm2
;;    4a: movups xmmword [r15 + rsi * 1], xmm1
;;    4f: mov rsp, rbp
;;    52: pop rbp
;;    53: ret
;;    54: mov eax, 0x9
;;    59: jmp $+0x16
;;    5e: mov ebx, eax
;;    60: mov rdi, rbp
;;    63: lea rsi, qword [rip - 0xc]
;;    6a: and rsp, -0x10
;;    6e: call qword [r14 + 0x30]
;;    72: mov eax, ebx
;;    74: mov rsp, qword [r13 + 0x8]
;;    78: ret

;; ==== aarch64 ====
;; function 0 (160 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x40
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x48
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
;;    58: str q0, [x27, x0]
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
