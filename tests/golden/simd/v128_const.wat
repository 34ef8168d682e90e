;; v128 constants: zero (pxor / movi), all ones (pcmpeqd / movi), a low-half-only value
;; (one 64-bit move), and a full value (two; yaxpeax shows pinsrq's source rax as xmm0);
;; stored to memory, since only a signature with a v128 would return one.
(module
  (memory 1)
  (func (param i32)
    local.get 0 v128.const i64x2 0 0 v128.store
    local.get 0 v128.const i64x2 -1 -1 v128.store offset=16
    local.get 0 v128.const i32x4 1 2 0 0 v128.store offset=32
    local.get 0 v128.const i32x4 1 2 3 4 v128.store offset=48))

;; ==== x64 ====
;; function 0 (157 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5f
;;    19: pxor xmm1, xmm1
;;    1d: mov ebx, dword [rbp + 0x10]
;;    20: movups xmmword [r15 + rbx * 1], xmm1
;;    25: pcmpeqd xmm1, xmm1
;;    29: mov ebx, dword [rbp + 0x10]
;;    2c: movups xmmword [r15 + rbx * 1 + 0x10], xmm1
;;    32: mov rax, 0x200000001
;;    3c: movq xmm1, rax
;;    41: mov ebx, dword [rbp + 0x10]
;;    44: movups xmmword [r15 + rbx * 1 + 0x20], xmm1
;;    4a: mov rax, 0x200000001
;;    54: movq xmm1, rax
;;    59: mov rax, 0x400000003
;;    63: pinsrq xmm1, xmm0, 0x1
;;    6a: mov ebx, dword [rbp + 0x10]
;;    6d: movups xmmword [r15 + rbx * 1 + 0x30], xmm1
;;    73: mov rsp, rbp
;;    76: pop rbp
;;    77: ret
;;    78: mov eax, 0x9
;;    7d: jmp $+0x16
;;    82: mov ebx, eax
;;    84: mov rdi, rbp
;;    87: lea rsi, qword [rip - 0xc]
;;    8e: and rsp, -0x10
;;    92: call qword [r14 + 0x30]
;;    96: mov eax, ebx
;;    98: mov rsp, qword [r13 + 0x8]
;;    9c: ret

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
;;    20: b.lo $+0x68
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
;;    58: mov x16, #0x1
;;    5c: movk x16, #0x2, lsl #32
;;    60: fmov d0, x16
;;    64: mov x16, #0x3
;;    68: movk x16, #0x4, lsl #32
;;    6c: mov v0.d[1], x16
;;    70: ldr w0, [x29, #0x10]
;;    74: add x16, x0, #0x30
;;    78: str q0, [x27, x16]
;;    7c: mov sp, x29
;;    80: ldp x29, x30, [sp], #0x10
;;    84: ret
;;    88: mov w0, #0x9
;;    8c: b $+0x24
;;    90: mov w19, w0
;;    94: mov x0, x29
;;    98: adr x1, $-0x8
;;    9c: mov x16, sp
;;    a0: and sp, x16, #0xfffffffffffffff0
;;    a4: ldr x17, [x28, #0x30]
;;    a8: blr x17
;;    ac: mov w0, w19
;;    b0: ldr x16, [x26, #0x8]
;;    b4: ldr x17, [x16]
;;    b8: add sp, x16, #0x10
;;    bc: br x17
