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
;;    13: jb $+0x40
;;    19: vpxor xmm1, xmm1, xmm1
;;    1d: mov ebx, dword [rbp + 0x10]
;;    20: movups xmmword [r15 + rbx * 1], xmm1
;;    25: vpcmpeqd xmm1, xmm1, xmm1
;;    29: mov ebx, dword [rbp + 0x10]
;;    2c: movups xmmword [r15 + rbx * 1 + 0x10], xmm1
;;    32: movups xmm1, xmmword [rip + 0x46]
;;    3a: mov ebx, dword [rbp + 0x10]
;;    3d: movups xmmword [r15 + rbx * 1 + 0x20], xmm1
;;    43: movups xmm1, xmmword [rip + 0x45]
;;    4b: mov ebx, dword [rbp + 0x10]
;;    4e: movups xmmword [r15 + rbx * 1 + 0x30], xmm1
;;    54: mov rsp, rbp
;;    57: pop rbp
;;    58: ret
;;    59: mov eax, 0x9
;;    5e: jmp $+0x16
;;    63: mov ebx, eax
;;    65: mov rdi, rbp
;;    68: lea rsi, qword [rip - 0xc]
;;    6f: and rsp, -0x10
;;    73: call qword [r14 + 0x30]
;;    77: mov eax, ebx
;;    79: mov rsp, qword [r13 + 0x8]
;;    7d: ret
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
;;    13: jb $+0x40
;;    19: pxor xmm1, xmm1
;;    1d: mov ebx, dword [rbp + 0x10]
;;    20: movups xmmword [r15 + rbx * 1], xmm1
;;    25: pcmpeqd xmm1, xmm1
;;    29: mov ebx, dword [rbp + 0x10]
;;    2c: movups xmmword [r15 + rbx * 1 + 0x10], xmm1
;;    32: movups xmm1, xmmword [rip + 0x46]
;;    3a: mov ebx, dword [rbp + 0x10]
;;    3d: movups xmmword [r15 + rbx * 1 + 0x20], xmm1
;;    43: movups xmm1, xmmword [rip + 0x45]
;;    4b: mov ebx, dword [rbp + 0x10]
;;    4e: movups xmmword [r15 + rbx * 1 + 0x30], xmm1
;;    54: mov rsp, rbp
;;    57: pop rbp
;;    58: ret
;;    59: mov eax, 0x9
;;    5e: jmp $+0x16
;;    63: mov ebx, eax
;;    65: mov rdi, rbp
;;    68: lea rsi, qword [rip - 0xc]
;;    6f: and rsp, -0x10
;;    73: call qword [r14 + 0x30]
;;    77: mov eax, ebx
;;    79: mov rsp, qword [r13 + 0x8]
;;    7d: ret
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
;; function 0 (192 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x54
;;    24: movi v0.2d, #0x0
;;    28: ldr w0, [x29, #0x10]
;;    2c: str q0, [x27, x0]
;;    30: movi v0.2d, #0xffffffffffffffff
;;    34: ldr w0, [x29, #0x10]
;;    38: add x16, x0, #0x10
;;    3c: str q0, [x27, x16]
;;    40: mov x16, #0x1
;;    44: movk x16, #0x2, lsl #32
;;    48: fmov d0, x16
;;    4c: ldr w0, [x29, #0x10]
;;    50: add x16, x0, #0x20
;;    54: str q0, [x27, x16]
;;    58: ldr q0, $+0x58
;;    5c: ldr w0, [x29, #0x10]
;;    60: add x16, x0, #0x30
;;    64: str q0, [x27, x16]
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
;;    ac: udf #0x0
;;    b0: udf #0x1
;;    b4: udf #0x2
;;    b8: udf #0x3
;;    bc: udf #0x4
