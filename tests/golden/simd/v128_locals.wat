;; A v128 local makes every slot 16 bytes: locals, home slots, the zeroed area.
(module
  (memory 1)
  (func (param i32) (local v128 i64)
    local.get 0 v128.load
    local.set 1
    local.get 0 local.get 1 local.get 1 i64x2.add v128.store))

;; ==== x64 ====
;; function 0 (103 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x29
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: mov ebx, dword [rbp + 0x10]
;;    24: movups xmm1, xmmword [r15 + rbx * 1]
;;    29: movups xmmword [rbp - 0x18], xmm1
;;    2d: movaps xmm2, xmm1
;;    31: vpaddq xmm1, xmm1, xmm2
;;    35: mov ebx, dword [rbp + 0x10]
;;    38: movups xmmword [r15 + rbx * 1], xmm1
;;    3d: mov rsp, rbp
;;    40: pop rbp
;;    41: ret
;;    42: mov eax, 0x9
;;    47: jmp $+0x16
;;    4c: mov ebx, eax
;;    4e: mov rdi, rbp
;;    51: lea rsi, qword [rip - 0xc]
;;    58: and rsp, -0x10
;;    5c: call qword [r14 + 0x30]
;;    60: mov eax, ebx
;;    62: mov rsp, qword [r13 + 0x8]
;;    66: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (103 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x29
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: mov ebx, dword [rbp + 0x10]
;;    24: movups xmm1, xmmword [r15 + rbx * 1]
;;    29: movups xmmword [rbp - 0x18], xmm1
;;    2d: movaps xmm2, xmm1
;;    31: paddq xmm1, xmm2
;;    35: mov ebx, dword [rbp + 0x10]
;;    38: movups xmmword [r15 + rbx * 1], xmm1
;;    3d: mov rsp, rbp
;;    40: pop rbp
;;    41: ret
;;    42: mov eax, 0x9
;;    47: jmp $+0x16
;;    4c: mov ebx, eax
;;    4e: mov rdi, rbp
;;    51: lea rsi, qword [rip - 0xc]
;;    58: and rsp, -0x10
;;    5c: call qword [r14 + 0x30]
;;    60: mov eax, ebx
;;    62: mov rsp, qword [r13 + 0x8]
;;    66: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x30
;;    24: stp xzr, xzr, [x29, #-0x28]
;;    28: ldr w0, [x29, #0x10]
;;    2c: ldr q0, [x27, x0]
;;    30: stur q0, [x29, #-0x18]
;;    34: mov v1.16b, v0.16b
;;    38: add v0.2d, v0.2d, v1.2d
;;    3c: ldr w0, [x29, #0x10]
;;    40: str q0, [x27, x0]
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
