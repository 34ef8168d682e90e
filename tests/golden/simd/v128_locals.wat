;; A v128 local makes every slot 16 bytes: locals, home slots, the zeroed area.
(module
  (memory 1)
  (func (param i32) (local v128 i64)
    local.get 0 v128.load
    local.set 1
    local.get 0 local.get 1 local.get 1 i64x2.add v128.store))

;; ==== x64 ====
;; function 0 (107 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2d
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: movups xmmword [rbp - 0x18], xmm0
;;    25: mov ebx, dword [rbp + 0x10]
;;    28: movups xmm1, xmmword [r15 + rbx * 1]
;;    2d: movups xmmword [rbp - 0x18], xmm1
;;    31: movaps xmm2, xmm1
;;    35: vpaddq xmm1, xmm1, xmm2
;;    39: mov ebx, dword [rbp + 0x10]
;;    3c: movups xmmword [r15 + rbx * 1], xmm1
;;    41: mov rsp, rbp
;;    44: pop rbp
;;    45: ret
;;    46: mov eax, 0x9
;;    4b: jmp $+0x16
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT) ====
;; function 0 (107 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2d
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: movups xmmword [rbp - 0x18], xmm0
;;    25: mov ebx, dword [rbp + 0x10]
;;    28: movups xmm1, xmmword [r15 + rbx * 1]
;;    2d: movups xmmword [rbp - 0x18], xmm1
;;    31: movaps xmm2, xmm1
;;    35: paddq xmm1, xmm2
;;    39: mov ebx, dword [rbp + 0x10]
;;    3c: movups xmmword [r15 + rbx * 1], xmm1
;;    41: mov rsp, rbp
;;    44: pop rbp
;;    45: ret
;;    46: mov eax, 0x9
;;    4b: jmp $+0x16
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret

;; ==== aarch64 ====
;; function 0 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: stur xzr, [x29, #-0x28]
;;    28: stur xzr, [x29, #-0x20]
;;    2c: stur xzr, [x29, #-0x18]
;;    30: stur xzr, [x29, #-0x10]
;;    34: ldr w0, [x29, #0x10]
;;    38: ldr q0, [x27, x0]
;;    3c: stur q0, [x29, #-0x18]
;;    40: mov v1.16b, v0.16b
;;    44: add v0.2d, v0.2d, v1.2d
;;    48: ldr w0, [x29, #0x10]
;;    4c: str q0, [x27, x0]
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x24
;;    64: mov w19, w0
;;    68: mov x0, x29
;;    6c: adr x1, $-0x8
;;    70: mov x16, sp
;;    74: and sp, x16, #0xfffffffffffffff0
;;    78: ldr x17, [x28, #0x30]
;;    7c: blr x17
;;    80: mov w0, w19
;;    84: ldr x16, [x26, #0x8]
;;    88: ldr x17, [x16]
;;    8c: add sp, x16, #0x10
;;    90: br x17
