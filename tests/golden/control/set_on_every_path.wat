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
;; function 0 (135 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x49
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: cmp ebx, 0x2
;;    1f: jl $+0x35
;;    25: test ebx, 0x1
;;    2c: jz $+0xc
;;    32: mov dword [rbp - 0x10], 0x3
;;    39: jmp $+0x7
;;    3e: mov dword [rbp - 0x10], 0x5
;;    45: mov esi, dword [rbp - 0x10]
;;    48: mov rdi, rsi
;;    4b: imul rsi, rdi
;;    4f: mov esi, esi
;;    52: mov eax, esi
;;    55: mov rsp, rbp
;;    58: pop rbp
;;    59: ret
;;    5a: mov eax, ebx
;;    5d: mov rsp, rbp
;;    60: pop rbp
;;    61: ret
;;    62: mov eax, 0x9
;;    67: jmp $+0x16
;;    6c: mov ebx, eax
;;    6e: mov rdi, rbp
;;    71: lea rsi, qword [rip - 0xc]
;;    78: and rsp, -0x10
;;    7c: call qword [r14 + 0x30]
;;    80: mov eax, ebx
;;    82: mov rsp, qword [r13 + 0x8]
;;    86: ret
;;
;; function 1 (109 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2f
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: mov dword [rbp - 0x18], 0x7
;;    29: cmp dword [rbp + 0x10], 0x0
;;    2d: jnz $+0x7
;;    33: mov dword [rbp - 0x10], 0x1
;;    3a: mov ebx, dword [rbp - 0x10]
;;    3d: add ebx, dword [rbp - 0x18]
;;    40: mov eax, ebx
;;    43: mov rsp, rbp
;;    46: pop rbp
;;    47: ret
;;    48: mov eax, 0x9
;;    4d: jmp $+0x16
;;    52: mov ebx, eax
;;    54: mov rdi, rbp
;;    57: lea rsi, qword [rip - 0xc]
;;    5e: and rsp, -0x10
;;    62: call qword [r14 + 0x30]
;;    66: mov eax, ebx
;;    68: mov rsp, qword [r13 + 0x8]
;;    6c: ret

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x5c
;;    20: ldr w0, [x29, #0x10]
;;    24: cmp w0, #0x2
;;    28: b.lt $+0x40
;;    2c: tst w0, #0x1
;;    30: b.eq $+0x10
;;    34: mov w16, #0x3
;;    38: stur w16, [x29, #-0x10]
;;    3c: b $+0xc
;;    40: mov w16, #0x5
;;    44: stur w16, [x29, #-0x10]
;;    48: ldur w1, [x29, #-0x10]
;;    4c: mov x2, x1
;;    50: mul x1, x1, x2
;;    54: mov w1, w1
;;    58: mov w0, w1
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
;; function 1 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: stur xzr, [x29, #-0x10]
;;    24: mov w16, #0x7
;;    28: stur w16, [x29, #-0x18]
;;    2c: ldr w16, [x29, #0x10]
;;    30: cbnz w16, $+0xc
;;    34: mov w16, #0x1
;;    38: stur w16, [x29, #-0x10]
;;    3c: ldur w0, [x29, #-0x10]
;;    40: ldur w16, [x29, #-0x18]
;;    44: add w0, w0, w16
;;    48: mov w0, w0
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x24
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
