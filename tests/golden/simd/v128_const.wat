;; v128 constants: zero (pxor / movi), all ones (pcmpeqd / movi), and two others loaded
;; PC-relatively from the function's constant pool, which follows the trap stubs at a
;; 16-byte boundary (the disassembler lists its bytes as if they were code; on aarch64 a
;; constant whose high half is zero is built in x16 instead). Stored to memory, since only
;; a signature with a v128 would return one.
(module
  (memory 1)
  (func (param i32)
    local.get 0 v128.const i64x2 0 0 v128.store
    local.get 0 v128.const i64x2 -1 -1 v128.store offset=16
    local.get 0 v128.const i32x4 1 2 0 0 v128.store offset=32
    local.get 0 v128.const i32x4 1 2 3 4 v128.store offset=48))

;; ==== x64 ====
;; function 0 (160 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x30
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x34
;;    1d: vpxor xmm1, xmm1, xmm1
;;    21: movups xmmword [r15 + rsi * 1], xmm1
;;    26: vpcmpeqd xmm1, xmm1, xmm1
;;    2a: movups xmmword [r15 + rsi * 1 + 0x10], xmm1
;;    30: movups xmm1, xmmword [rip + 0x48]
;;    38: movups xmmword [r15 + rsi * 1 + 0x20], xmm1
;;    3e: movups xmm1, xmmword [rip + 0x4a]
;;    46: movups xmmword [r15 + rsi * 1 + 0x30], xmm1
;;    4c: mov rsp, rbp
;;    4f: pop rbp
;;    50: ret
;;    51: mov eax, 0x9
;;    56: jmp $+0x16
;;    5b: mov ebx, eax
;;    5d: mov rdi, rbp
;;    60: lea rsi, qword [rip - 0xc]
;;    67: and rsp, -0x10
;;    6b: call qword [r14 + 0x30]
;;    6f: mov eax, ebx
;;    71: mov rsp, qword [r13 + 0x8]
;;    75: ret
;;    76: int 0x3
;;    77: int 0x3
;;    78: int 0x3
;;    79: int 0x3
;;    7a: int 0x3
;;    7b: int 0x3
;;    7c: int 0x3
;;    7d: int 0x3
;;    7e: int 0x3
;;    7f: int 0x3
;;    80: .word 0x00000001
;;    84: .word 0x00000002
;;    88: .word 0x00000000
;;    8c: .word 0x00000000
;;    90: .word 0x00000001
;;    94: .word 0x00000002
;;    98: .word 0x00000003
;;    9c: .word 0x00000004

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (160 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x30
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x34
;;    1d: pxor xmm1, xmm1
;;    21: movups xmmword [r15 + rsi * 1], xmm1
;;    26: pcmpeqd xmm1, xmm1
;;    2a: movups xmmword [r15 + rsi * 1 + 0x10], xmm1
;;    30: movups xmm1, xmmword [rip + 0x48]
;;    38: movups xmmword [r15 + rsi * 1 + 0x20], xmm1
;;    3e: movups xmm1, xmmword [rip + 0x4a]
;;    46: movups xmmword [r15 + rsi * 1 + 0x30], xmm1
;;    4c: mov rsp, rbp
;;    4f: pop rbp
;;    50: ret
;;    51: mov eax, 0x9
;;    56: jmp $+0x16
;;    5b: mov ebx, eax
;;    5d: mov rdi, rbp
;;    60: lea rsi, qword [rip - 0xc]
;;    67: and rsp, -0x10
;;    6b: call qword [r14 + 0x30]
;;    6f: mov eax, ebx
;;    71: mov rsp, qword [r13 + 0x8]
;;    75: ret
;;    76: int 0x3
;;    77: int 0x3
;;    78: int 0x3
;;    79: int 0x3
;;    7a: int 0x3
;;    7b: int 0x3
;;    7c: int 0x3
;;    7d: int 0x3
;;    7e: int 0x3
;;    7f: int 0x3
;;    80: .word 0x00000001
;;    84: .word 0x00000002
;;    88: .word 0x00000000
;;    8c: .word 0x00000000
;;    90: .word 0x00000001
;;    94: .word 0x00000002
;;    98: .word 0x00000003
;;    9c: .word 0x00000004

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x30
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x44
;;    24: movi v0.2d, #0x0
;;    28: str q0, [x27, x0]
;;    2c: movi v0.2d, #0xffffffffffffffff
;;    30: add x16, x0, #0x10
;;    34: str q0, [x27, x16]
;;    38: mov x16, #0x1
;;    3c: movk x16, #0x2, lsl #32
;;    40: fmov d0, x16
;;    44: add x16, x0, #0x20
;;    48: str q0, [x27, x16]
;;    4c: ldr q0, $+0x54
;;    50: add x16, x0, #0x30
;;    54: str q0, [x27, x16]
;;    58: mov sp, x29
;;    5c: ldp x29, x30, [sp], #0x10
;;    60: ret
;;    64: mov w0, #0x9
;;    68: b $+0x24
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
;;    9c: udf #0x0
;;    a0: .word 0x00000001
;;    a4: .word 0x00000002
;;    a8: .word 0x00000003
;;    ac: .word 0x00000004
