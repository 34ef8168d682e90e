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
;; function 0 (97 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x60
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x1f
;;    1d: xorps xmm0, xmm0
;;    21: movups xmmword [rbp - 0x28], xmm0
;;    25: movups xmm1, xmmword [r15 + rsi * 1]
;;    2a: movaps xmm2, xmm1
;;    2e: vpaddq xmm1, xmm1, xmm2
;;    32: movups xmmword [r15 + rsi * 1], xmm1
;;    37: mov rsp, rbp
;;    3a: pop rbp
;;    3b: ret
;;    3c: mov eax, 0x9
;;    41: jmp $+0x16
;;    46: mov ebx, eax
;;    48: mov rdi, rbp
;;    4b: lea rsi, qword [rip - 0xc]
;;    52: and rsp, -0x10
;;    56: call qword [r14 + 0x30]
;;    5a: mov eax, ebx
;;    5c: mov rsp, qword [r13 + 0x8]
;;    60: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (97 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x60
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x1f
;;    1d: xorps xmm0, xmm0
;;    21: movups xmmword [rbp - 0x28], xmm0
;;    25: movups xmm1, xmmword [r15 + rsi * 1]
;;    2a: movaps xmm2, xmm1
;;    2e: paddq xmm1, xmm2
;;    32: movups xmmword [r15 + rsi * 1], xmm1
;;    37: mov rsp, rbp
;;    3a: pop rbp
;;    3b: ret
;;    3c: mov eax, 0x9
;;    41: jmp $+0x16
;;    46: mov ebx, eax
;;    48: mov rdi, rbp
;;    4b: lea rsi, qword [rip - 0xc]
;;    52: and rsp, -0x10
;;    56: call qword [r14 + 0x30]
;;    5a: mov eax, ebx
;;    5c: mov rsp, qword [r13 + 0x8]
;;    60: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x60
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x24
;;    24: stp xzr, xzr, [x29, #-0x28]
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
