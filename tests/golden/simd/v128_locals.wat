;; A v128 local makes every slot 16 bytes: locals, home slots, the zeroed area.
(module
  (memory 1)
  (func (param i32) (local v128 i64)
    local.get 0 v128.load
    local.set 1
    local.get 0 local.get 1 local.get 1 i64x2.add v128.store
    ;; Read before any set: zeroed (one 16-byte slot).
    local.get 2 drop))

;; ==== x64 ====
;; function 0 (100 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x26
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: mov ebx, dword [rbp + 0x10]
;;    24: movups xmm1, xmmword [r15 + rbx * 1]
;;    29: movups xmmword [rbp - 0x18], xmm1
;;    2d: movaps xmm2, xmm1
;;    31: vpaddq xmm1, xmm1, xmm2
;;    35: movups xmmword [r15 + rbx * 1], xmm1
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x16
;;    49: mov ebx, eax
;;    4b: mov rdi, rbp
;;    4e: lea rsi, qword [rip - 0xc]
;;    55: and rsp, -0x10
;;    59: call qword [r14 + 0x30]
;;    5d: mov eax, ebx
;;    5f: mov rsp, qword [r13 + 0x8]
;;    63: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (100 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x26
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: mov ebx, dword [rbp + 0x10]
;;    24: movups xmm1, xmmword [r15 + rbx * 1]
;;    29: movups xmmword [rbp - 0x18], xmm1
;;    2d: movaps xmm2, xmm1
;;    31: paddq xmm1, xmm2
;;    35: movups xmmword [r15 + rbx * 1], xmm1
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x16
;;    49: mov ebx, eax
;;    4b: mov rdi, rbp
;;    4e: lea rsi, qword [rip - 0xc]
;;    55: and rsp, -0x10
;;    59: call qword [r14 + 0x30]
;;    5d: mov eax, ebx
;;    5f: mov rsp, qword [r13 + 0x8]
;;    63: ret

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x2c
;;    24: stp xzr, xzr, [x29, #-0x28]
;;    28: ldr w0, [x29, #0x10]
;;    2c: ldr q0, [x27, x0]
;;    30: stur q0, [x29, #-0x18]
;;    34: mov v1.16b, v0.16b
;;    38: add v0.2d, v0.2d, v1.2d
;;    3c: str q0, [x27, x0]
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x24
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
