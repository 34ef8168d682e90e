;; Declared locals set on every path before any read start unzeroed, though a branch comes
;; before their first set (lookahead::set_on_every_path): in the first function $s is set
;; in both arms of the `if` and $t after the early exit, so the prologue zeroes nothing; in
;; the second, $x is still read along the branch that skips its set, and only it is zeroed.
(module
  (func (param $n i32) (result i32) (local $s i32) (local $t i64)
    (block $done
      (br_if $done (i32.lt_s (local.get $n) (i32.const 2)))
      (if (i32.and (local.get $n) (i32.const 1))
        (then (local.set $s (i32.const 3)))
        (else (local.set $s (i32.const 5))))
      (local.set $t (i64.extend_i32_u (local.get $s)))
      (return (i32.wrap_i64 (i64.mul (local.get $t) (local.get $t)))))
    (local.get $n))
  (func (param $p i32) (result i32) (local $x i32) (local $y i32)
    (local.set $y (i32.const 7))
    (block $skip
      (br_if $skip (local.get $p))
      (local.set $x (i32.const 1)))
    (i32.add (local.get $x) (local.get $y))))

;; ==== x64 ====
;; function 0 (139 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x30
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x49
;;    1d: mov dword [rbp + 0x10], esi
;;    20: cmp esi, 0x2
;;    23: jl $+0x35
;;    29: test esi, 0x1
;;    30: jz $+0xc
;;    36: mov dword [rbp - 0x10], 0x3
;;    3d: jmp $+0x7
;;    42: mov dword [rbp - 0x10], 0x5
;;    49: mov ebx, dword [rbp - 0x10]
;;    4c: mov rdi, rbx
;;    4f: imul rdi, rbx
;;    53: mov edi, edi
;;    56: mov eax, edi
;;    59: mov rsp, rbp
;;    5c: pop rbp
;;    5d: ret
;;    5e: mov eax, esi
;;    61: mov rsp, rbp
;;    64: pop rbp
;;    65: ret
;;    66: mov eax, 0x9
;;    6b: jmp $+0x16
;;    70: mov ebx, eax
;;    72: mov rdi, rbp
;;    75: lea rsi, qword [rip - 0xc]
;;    7c: and rsp, -0x10
;;    80: call qword [r14 + 0x30]
;;    84: mov eax, ebx
;;    86: mov rsp, qword [r13 + 0x8]
;;    8a: ret
;;
;; function 1 (114 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x30
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x30
;;    1d: xorps xmm0, xmm0
;;    21: movq qword [rbp - 0x10], xmm0
;;    26: mov dword [rbp - 0x18], 0x7
;;    2d: mov dword [rbp + 0x10], esi
;;    30: test esi, esi
;;    32: jnz $+0x7
;;    38: mov dword [rbp - 0x10], 0x1
;;    3f: mov ebx, dword [rbp - 0x10]
;;    42: add ebx, dword [rbp - 0x18]
;;    45: mov eax, ebx
;;    48: mov rsp, rbp
;;    4b: pop rbp
;;    4c: ret
;;    4d: mov eax, 0x9
;;    52: jmp $+0x16
;;    57: mov ebx, eax
;;    59: mov rdi, rbp
;;    5c: lea rsi, qword [rip - 0xc]
;;    63: and rsp, -0x10
;;    67: call qword [r14 + 0x30]
;;    6b: mov eax, ebx
;;    6d: mov rsp, qword [r13 + 0x8]
;;    71: ret

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
;;    20: b.lo $+0x58
;;    24: str w0, [x29, #0x10]
;;    28: cmp w0, #0x2
;;    2c: b.lt $+0x3c
;;    30: tst w0, #0x1
;;    34: b.eq $+0x10
;;    38: mov w16, #0x3
;;    3c: stur w16, [x29, #-0x10]
;;    40: b $+0xc
;;    44: mov w16, #0x5
;;    48: stur w16, [x29, #-0x10]
;;    4c: ldur w1, [x29, #-0x10]
;;    50: mul x2, x1, x1
;;    54: mov w2, w2
;;    58: mov w0, w2
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, w0
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: mov w0, #0x9
;;    7c: b $+0x24
;;    80: mov w19, w0
;;    84: mov x0, x29
;;    88: adr x1, $-0x8
;;    8c: mov x16, sp
;;    90: and sp, x16, #0xfffffffffffffff0
;;    94: ldr x17, [x28, #0x30]
;;    98: blr x17
;;    9c: mov w0, w19
;;    a0: ldr x16, [x26, #0x8]
;;    a4: ldr x17, [x16]
;;    a8: add sp, x16, #0x10
;;    ac: br x17
;;
;; function 1 (148 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x30
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x3c
;;    24: stur xzr, [x29, #-0x10]
;;    28: mov w16, #0x7
;;    2c: stur w16, [x29, #-0x18]
;;    30: str w0, [x29, #0x10]
;;    34: cbnz w0, $+0xc
;;    38: mov w16, #0x1
;;    3c: stur w16, [x29, #-0x10]
;;    40: ldur w1, [x29, #-0x10]
;;    44: ldur w16, [x29, #-0x18]
;;    48: add w1, w1, w16
;;    4c: mov w0, w1
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
