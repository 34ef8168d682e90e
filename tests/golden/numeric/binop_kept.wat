;; Operations on a loop home that keeps its local: the result goes to a new register in
;; one instruction where the ISA has a three-operand form (x86-64 `lea` for `+ k`, `- k`
;; and `x + y`, `imul` by a constant; aarch64 every operation), else a copy first
;; (x86-64 `and`; an i64 subtraction of -2^31, whose negation is no 32-bit displacement).
(module (func (param i32 i32 i64) (result i32 i64)
  (local $a i32) (local $b i32) (local $c i64) (local $n i32)
  (local.set $b (local.get 1))
  (local.set $c (local.get 2))
  (loop $l
    (local.set $a (i32.add (local.get $a) (i32.xor
      (i32.add (local.get $b) (i32.const 12))
      (i32.mul (local.get $b) (i32.const 40)))))
    (local.set $a (i32.sub (local.get $a) (i32.and (local.get $b) (i32.const 255))))
    (local.set $a (i32.add (local.get $a) (i32.add (local.get $b) (local.get $n))))
    (local.set $c (i64.add (local.get $c) (i64.sub (local.get $c) (i64.const -2147483648))))
    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
    (br_if $l (local.get $n)))
  (local.get $a) (local.get $c)))

;; ==== x64 ====
;; function 0 (176 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x50
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x72
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: movq qword [rbp - 0x28], xmm0
;;    27: mov eax, dword [rbp + 0x18]
;;    2a: mov dword [rbp - 0x18], eax
;;    2d: mov rax, qword [rbp + 0x20]
;;    31: mov qword [rbp - 0x20], rax
;;    35: mov r12d, dword [rbp - 0x10]
;;    39: mov r11d, dword [rbp - 0x18]
;;    3d: mov r10d, dword [rbp - 0x28]
;;    41: mov r9, qword [rbp - 0x20]
;;    45: lea ebx, dword [r11 + 0xc]
;;    49: imul esi, r11d, 0x28
;;    50: xor ebx, esi
;;    52: add r12d, ebx
;;    55: mov ebx, r11d
;;    58: and ebx, 0xff
;;    5e: sub r12d, ebx
;;    61: lea ebx, dword [r11 + r10 * 1]
;;    65: add r12d, ebx
;;    68: mov rbx, r9
;;    6b: sub rbx, -0x80000000
;;    72: add r9, rbx
;;    75: sub r10d, 0x1
;;    79: test r10d, r10d
;;    7c: jnz $-0x39
;;    7e: mov dword [rbp + 0x10], r12d
;;    82: mov qword [rbp + 0x18], r9
;;    86: mov rsp, rbp
;;    89: pop rbp
;;    8a: ret
;;    8b: mov eax, 0x9
;;    90: jmp $+0x16
;;    95: mov ebx, eax
;;    97: mov rdi, rbp
;;    9a: lea rsi, qword [rip - 0xc]
;;    a1: and rsp, -0x10
;;    a5: call qword [r14 + 0x30]
;;    a9: mov eax, ebx
;;    ab: mov rsp, qword [r13 + 0x8]
;;    af: ret

;; ==== aarch64 ====
;; function 0 (216 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x50
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x84
;;    20: stur xzr, [x29, #-0x10]
;;    24: stur xzr, [x29, #-0x28]
;;    28: ldr w16, [x29, #0x18]
;;    2c: stur w16, [x29, #-0x18]
;;    30: ldr x16, [x29, #0x20]
;;    34: stur x16, [x29, #-0x20]
;;    38: ldur w25, [x29, #-0x10]
;;    3c: ldur w24, [x29, #-0x18]
;;    40: ldur w23, [x29, #-0x28]
;;    44: ldur x22, [x29, #-0x20]
;;    48: add w0, w24, #0xc
;;    4c: mov w16, #0x28
;;    50: mul w1, w24, w16
;;    54: eor w0, w0, w1
;;    58: add w25, w25, w0
;;    5c: and w0, w24, #0xff
;;    60: sub w25, w25, w0
;;    64: add w0, w24, w23
;;    68: add w25, w25, w0
;;    6c: mov x0, x22
;;    70: mov x16, #0x80000000
;;    74: movk x16, #0xffff, lsl #32
;;    78: movk x16, #0xffff, lsl #48
;;    7c: sub x0, x0, x16
;;    80: add x22, x22, x0
;;    84: sub w23, w23, #0x1
;;    88: cbnz w23, $-0x40
;;    8c: str w25, [x29, #0x10]
;;    90: str x22, [x29, #0x18]
;;    94: mov sp, x29
;;    98: ldp x29, x30, [sp], #0x10
;;    9c: ret
;;    a0: mov w0, #0x9
;;    a4: b $+0x24
;;    a8: mov w19, w0
;;    ac: mov x0, x29
;;    b0: adr x1, $-0x8
;;    b4: mov x16, sp
;;    b8: and sp, x16, #0xfffffffffffffff0
;;    bc: ldr x17, [x28, #0x30]
;;    c0: blr x17
;;    c4: mov w0, w19
;;    c8: ldr x16, [x26, #0x8]
;;    cc: ldr x17, [x16]
;;    d0: add sp, x16, #0x10
;;    d4: br x17
