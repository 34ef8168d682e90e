;; Reads of a local whose register another value-stack entry owns (after `local.tee`): the
;; operator reads that register instead of a copy made at the `local.get`. Squares in one
;; instruction (x86-64 `vmulsd d, s, s` / `imul`, aarch64 `fmul`/`mul`), a compare of a
;; value with the local it was set from (`cmp r, r2` on the registers as they are), a
;; `select` whose comparison shares its alternative's register (the result goes there),
;; and an operand changed in place, which gets a new register because it is shared.
(module
  (func (param f64 i32 i32) (result f64 i32 i32 i32) (local $x f64) (local $y i32) (local $z i32)
    (f64.mul (local.tee $x (f64.add (local.get 0) (f64.const 1.5))) (local.get $x))
    (i32.mul (local.tee $y (i32.add (local.get 1) (local.get 2))) (local.get $y))
    (select (local.get 2) (local.tee $z (i32.sub (local.get 1) (local.get 2)))
      (i32.lt_s (local.get $z) (local.get 2)))
    (i32.add (local.tee $y (i32.xor (local.get 1) (i32.const 7)))
      (i32.shl (local.get $y) (i32.const 3)))))

;; ==== x64 ====
;; function 0 (176 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: mov esi, dword [rsp + 0x10]
;;     a: mov edi, dword [rsp + 0x18]
;;     e: push rbp
;;     f: mov rbp, rsp
;;    12: sub rsp, 0x50
;;    19: mov qword [rbp - 0x8], r14
;;    1d: cmp rsp, qword [r13]
;;    21: jb $+0x45
;;    27: vaddsd xmm1, xmm1, qword [rip + 0x71]
;;    2f: vmulsd xmm2, xmm1, xmm1
;;    33: lea ebx, dword [rsi + rdi * 1]
;;    36: mov r8d, ebx
;;    39: imul r8d, ebx
;;    3d: mov r9d, esi
;;    40: sub r9d, edi
;;    43: cmp edi, r9d
;;    46: cmovg r9d, edi
;;    4a: xor esi, 0x7
;;    4d: lea ebx, dword [rsi * 8]
;;    55: add esi, ebx
;;    57: movsd qword [rbp + 0x10], xmm2
;;    5c: mov dword [rbp + 0x18], r8d
;;    60: mov dword [rbp + 0x20], r9d
;;    64: mov dword [rbp + 0x28], esi
;;    67: mov rsp, rbp
;;    6a: pop rbp
;;    6b: ret
;;    6c: mov eax, 0x9
;;    71: jmp $+0x16
;;    76: mov ebx, eax
;;    78: mov rdi, rbp
;;    7b: lea rsi, qword [rip - 0xc]
;;    82: and rsp, -0x10
;;    86: call qword [r14 + 0x30]
;;    8a: mov eax, ebx
;;    8c: mov rsp, qword [r13 + 0x8]
;;    90: ret
;;    91: int 0x3
;;    92: int 0x3
;;    93: int 0x3
;;    94: int 0x3
;;    95: int 0x3
;;    96: int 0x3
;;    97: int 0x3
;;    98: int 0x3
;;    99: int 0x3
;;    9a: int 0x3
;;    9b: int 0x3
;;    9c: int 0x3
;;    9d: int 0x3
;;    9e: int 0x3
;;    9f: int 0x3
;;    a0: .word 0x00000000
;;    a4: .word 0x3ff80000
;;    a8: .word 0x00000000
;;    ac: .word 0x00000000

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (176 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: mov esi, dword [rsp + 0x10]
;;     a: mov edi, dword [rsp + 0x18]
;;     e: push rbp
;;     f: mov rbp, rsp
;;    12: sub rsp, 0x50
;;    19: mov qword [rbp - 0x8], r14
;;    1d: cmp rsp, qword [r13]
;;    21: jb $+0x49
;;    27: addsd xmm1, qword [rip + 0x71]
;;    2f: movaps xmm2, xmm1
;;    33: mulsd xmm2, xmm1
;;    37: lea ebx, dword [rsi + rdi * 1]
;;    3a: mov r8d, ebx
;;    3d: imul r8d, ebx
;;    41: mov r9d, esi
;;    44: sub r9d, edi
;;    47: cmp edi, r9d
;;    4a: cmovg r9d, edi
;;    4e: xor esi, 0x7
;;    51: lea ebx, dword [rsi * 8]
;;    59: add esi, ebx
;;    5b: movsd qword [rbp + 0x10], xmm2
;;    60: mov dword [rbp + 0x18], r8d
;;    64: mov dword [rbp + 0x20], r9d
;;    68: mov dword [rbp + 0x28], esi
;;    6b: mov rsp, rbp
;;    6e: pop rbp
;;    6f: ret
;;    70: mov eax, 0x9
;;    75: jmp $+0x16
;;    7a: mov ebx, eax
;;    7c: mov rdi, rbp
;;    7f: lea rsi, qword [rip - 0xc]
;;    86: and rsp, -0x10
;;    8a: call qword [r14 + 0x30]
;;    8e: mov eax, ebx
;;    90: mov rsp, qword [r13 + 0x8]
;;    94: ret
;;    95: int 0x3
;;    96: int 0x3
;;    97: int 0x3
;;    98: int 0x3
;;    99: int 0x3
;;    9a: int 0x3
;;    9b: int 0x3
;;    9c: int 0x3
;;    9d: int 0x3
;;    9e: int 0x3
;;    9f: int 0x3
;;    a0: .word 0x00000000
;;    a4: .word 0x3ff80000
;;    a8: .word 0x00000000
;;    ac: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (172 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: ldr w0, [sp, #0x8]
;;     8: ldr w1, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x50
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x4c
;;    2c: fmov d31, #1.5
;;    30: fadd d0, d0, d31
;;    34: fmul d1, d0, d0
;;    38: add w2, w0, w1
;;    3c: mul w3, w2, w2
;;    40: sub w4, w0, w1
;;    44: cmp w1, w4
;;    48: csel w4, w4, w1, le
;;    4c: eor w0, w0, #0x7
;;    50: lsl w2, w0, #0x3
;;    54: add w0, w0, w2
;;    58: str d1, [x29, #0x10]
;;    5c: str w3, [x29, #0x18]
;;    60: str w4, [x29, #0x20]
;;    64: str w0, [x29, #0x28]
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
