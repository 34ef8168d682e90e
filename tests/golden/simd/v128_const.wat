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
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x37
;;    19: vpxor xmm1, xmm1, xmm1
;;    1d: mov ebx, dword [rbp + 0x10]
;;    20: movups xmmword [r15 + rbx * 1], xmm1
;;    25: vpcmpeqd xmm1, xmm1, xmm1
;;    29: movups xmmword [r15 + rbx * 1 + 0x10], xmm1
;;    2f: movups xmm1, xmmword [rip + 0x49]
;;    37: movups xmmword [r15 + rbx * 1 + 0x20], xmm1
;;    3d: movups xmm1, xmmword [rip + 0x4b]
;;    45: movups xmmword [r15 + rbx * 1 + 0x30], xmm1
;;    4b: mov rsp, rbp
;;    4e: pop rbp
;;    4f: ret
;;    50: mov eax, 0x9
;;    55: jmp $+0x16
;;    5a: mov ebx, eax
;;    5c: mov rdi, rbp
;;    5f: lea rsi, qword [rip - 0xc]
;;    66: and rsp, -0x10
;;    6a: call qword [r14 + 0x30]
;;    6e: mov eax, ebx
;;    70: mov rsp, qword [r13 + 0x8]
;;    74: ret
;;    75: int 0x3
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
;;    80: add dword [rax], eax
;;    82: add byte [rax], al
;;    84: add al, byte [rax]
;;    86: add byte [rax], al
;;    88: add byte [rax], al
;;    8a: add byte [rax], al
;;    8c: add byte [rax], al
;;    8e: add byte [rax], al
;;    90: add dword [rax], eax
;;    92: add byte [rax], al
;;    94: add al, byte [rax]
;;    96: add byte [rax], al
;;    98: add eax, dword [rax]
;;    9a: add byte [rax], al
;;    9c: add al, 0x0
;;    9e: add byte [rax], al

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (160 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x37
;;    19: pxor xmm1, xmm1
;;    1d: mov ebx, dword [rbp + 0x10]
;;    20: movups xmmword [r15 + rbx * 1], xmm1
;;    25: pcmpeqd xmm1, xmm1
;;    29: movups xmmword [r15 + rbx * 1 + 0x10], xmm1
;;    2f: movups xmm1, xmmword [rip + 0x49]
;;    37: movups xmmword [r15 + rbx * 1 + 0x20], xmm1
;;    3d: movups xmm1, xmmword [rip + 0x4b]
;;    45: movups xmmword [r15 + rbx * 1 + 0x30], xmm1
;;    4b: mov rsp, rbp
;;    4e: pop rbp
;;    4f: ret
;;    50: mov eax, 0x9
;;    55: jmp $+0x16
;;    5a: mov ebx, eax
;;    5c: mov rdi, rbp
;;    5f: lea rsi, qword [rip - 0xc]
;;    66: and rsp, -0x10
;;    6a: call qword [r14 + 0x30]
;;    6e: mov eax, ebx
;;    70: mov rsp, qword [r13 + 0x8]
;;    74: ret
;;    75: int 0x3
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
;;    80: add dword [rax], eax
;;    82: add byte [rax], al
;;    84: add al, byte [rax]
;;    86: add byte [rax], al
;;    88: add byte [rax], al
;;    8a: add byte [rax], al
;;    8c: add byte [rax], al
;;    8e: add byte [rax], al
;;    90: add dword [rax], eax
;;    92: add byte [rax], al
;;    94: add al, byte [rax]
;;    96: add byte [rax], al
;;    98: add eax, dword [rax]
;;    9a: add byte [rax], al
;;    9c: add al, 0x0
;;    9e: add byte [rax], al

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x48
;;    20: movi v0.2d, #0x0
;;    24: ldr w0, [x29, #0x10]
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
;;    a0: udf #0x1
;;    a4: udf #0x2
;;    a8: udf #0x3
;;    ac: udf #0x4
