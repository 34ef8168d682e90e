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
;; function 0 (96 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x22
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: mov ebx, dword [rbp + 0x10]
;;    24: movups xmm1, xmmword [r15 + rbx * 1]
;;    29: movaps xmm2, xmm1
;;    2d: vpaddq xmm1, xmm1, xmm2
;;    31: movups xmmword [r15 + rbx * 1], xmm1
;;    36: mov rsp, rbp
;;    39: pop rbp
;;    3a: ret
;;    3b: mov eax, 0x9
;;    40: jmp $+0x16
;;    45: mov ebx, eax
;;    47: mov rdi, rbp
;;    4a: lea rsi, qword [rip - 0xc]
;;    51: and rsp, -0x10
;;    55: call qword [r14 + 0x30]
;;    59: mov eax, ebx
;;    5b: mov rsp, qword [r13 + 0x8]
;;    5f: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (96 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x22
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: mov ebx, dword [rbp + 0x10]
;;    24: movups xmm1, xmmword [r15 + rbx * 1]
;;    29: movaps xmm2, xmm1
;;    2d: paddq xmm1, xmm2
;;    31: movups xmmword [r15 + rbx * 1], xmm1
;;    36: mov rsp, rbp
;;    39: pop rbp
;;    3a: ret
;;    3b: mov eax, 0x9
;;    40: jmp $+0x16
;;    45: mov ebx, eax
;;    47: mov rdi, rbp
;;    4a: lea rsi, qword [rip - 0xc]
;;    51: and rsp, -0x10
;;    55: call qword [r14 + 0x30]
;;    59: mov eax, ebx
;;    5b: mov rsp, qword [r13 + 0x8]
;;    5f: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: stp xzr, xzr, [x29, #-0x28]
;;    24: ldr w0, [x29, #0x10]
;;    28: ldr q0, [x27, x0]
;;    2c: mov v1.16b, v0.16b
;;    30: add v0.2d, v0.2d, v1.2d
;;    34: str q0, [x27, x0]
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
