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
;; function 0 (137 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x4b
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: cmp ebx, 0x2
;;    1f: jl $+0x37
;;    25: and ebx, 0x1
;;    28: test ebx, ebx
;;    2a: jz $+0xc
;;    30: mov dword [rbp - 0x10], 0x3
;;    37: jmp $+0x7
;;    3c: mov dword [rbp - 0x10], 0x5
;;    43: mov ebx, dword [rbp - 0x10]
;;    46: mov qword [rbp - 0x18], rbx
;;    4a: mov rsi, rbx
;;    4d: imul rbx, rsi
;;    51: mov ebx, ebx
;;    54: mov eax, ebx
;;    57: mov rsp, rbp
;;    5a: pop rbp
;;    5b: ret
;;    5c: mov eax, ebx
;;    5f: mov rsp, rbp
;;    62: pop rbp
;;    63: ret
;;    64: mov eax, 0x9
;;    69: jmp $+0x16
;;    6e: mov ebx, eax
;;    70: mov rdi, rbp
;;    73: lea rsi, qword [rip - 0xc]
;;    7a: and rsp, -0x10
;;    7e: call qword [r14 + 0x30]
;;    82: mov eax, ebx
;;    84: mov rsp, qword [r13 + 0x8]
;;    88: ret
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
;; function 0 (184 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x60
;;    24: ldr w0, [x29, #0x10]
;;    28: cmp w0, #0x2
;;    2c: b.lt $+0x44
;;    30: and w0, w0, #0x1
;;    34: cbz w0, $+0x10
;;    38: mov w16, #0x3
;;    3c: stur w16, [x29, #-0x10]
;;    40: b $+0xc
;;    44: mov w16, #0x5
;;    48: stur w16, [x29, #-0x10]
;;    4c: ldur w0, [x29, #-0x10]
;;    50: stur x0, [x29, #-0x18]
;;    54: mov x1, x0
;;    58: mul x0, x0, x1
;;    5c: mov w0, w0
;;    60: mov w0, w0
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, w0
;;    74: mov sp, x29
;;    78: ldp x29, x30, [sp], #0x10
;;    7c: ret
;;    80: mov w0, #0x9
;;    84: b $+0x24
;;    88: mov w19, w0
;;    8c: mov x0, x29
;;    90: adr x1, $-0x8
;;    94: mov x16, sp
;;    98: and sp, x16, #0xfffffffffffffff0
;;    9c: ldr x17, [x28, #0x30]
;;    a0: blr x17
;;    a4: mov w0, w19
;;    a8: ldr x16, [x26, #0x8]
;;    ac: ldr x17, [x16]
;;    b0: add sp, x16, #0x10
;;    b4: br x17
;;
;; function 1 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: stur xzr, [x29, #-0x10]
;;    28: mov w16, #0x7
;;    2c: stur w16, [x29, #-0x18]
;;    30: ldr w16, [x29, #0x10]
;;    34: cbnz w16, $+0xc
;;    38: mov w16, #0x1
;;    3c: stur w16, [x29, #-0x10]
;;    40: ldur w0, [x29, #-0x10]
;;    44: ldur w16, [x29, #-0x18]
;;    48: add w0, w0, w16
;;    4c: mov w0, w0
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
