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
;; function 0 (183 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8, qword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x50
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0x6c
;;    26: xorps xmm0, xmm0
;;    2a: movq qword [rbp - 0x10], xmm0
;;    2f: movq qword [rbp - 0x28], xmm0
;;    34: mov dword [rbp + 0x18], edi
;;    37: mov qword [rbp + 0x20], r8
;;    3b: mov dword [rbp + 0x10], esi
;;    3e: mov dword [rbp - 0x18], edi
;;    41: mov qword [rbp - 0x20], r8
;;    45: mov r12d, dword [rbp - 0x10]
;;    49: mov r11d, dword [rbp - 0x28]
;;    4d: lea ebx, dword [rdi + 0xc]
;;    50: imul esi, edi, 0x28
;;    57: xor ebx, esi
;;    59: add r12d, ebx
;;    5c: mov ebx, edi
;;    5f: and ebx, 0xff
;;    65: sub r12d, ebx
;;    68: lea ebx, dword [rdi + r11 * 1]
;;    6c: add r12d, ebx
;;    6f: mov rbx, r8
;;    72: sub rbx, -0x80000000
;;    79: add r8, rbx
;;    7c: sub r11d, 0x1
;;    80: test r11d, r11d
;;    83: jnz $-0x38
;;    85: mov dword [rbp + 0x10], r12d
;;    89: mov qword [rbp + 0x18], r8
;;    8d: mov rsp, rbp
;;    90: pop rbp
;;    91: ret
;;    92: mov eax, 0x9
;;    97: jmp $+0x16
;;    9c: mov ebx, eax
;;    9e: mov rdi, rbp
;;    a1: lea rsi, qword [rip - 0xc]
;;    a8: and rsp, -0x10
;;    ac: call qword [r14 + 0x30]
;;    b0: mov eax, ebx
;;    b2: mov rsp, qword [r13 + 0x8]
;;    b6: ret

;; ==== aarch64 ====
;; function 0 (220 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: ldr x2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x50
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x7c
;;    2c: stur xzr, [x29, #-0x10]
;;    30: stur xzr, [x29, #-0x28]
;;    34: str w1, [x29, #0x18]
;;    38: str x2, [x29, #0x20]
;;    3c: str w0, [x29, #0x10]
;;    40: stur w1, [x29, #-0x18]
;;    44: stur x2, [x29, #-0x20]
;;    48: ldur w25, [x29, #-0x10]
;;    4c: ldur w24, [x29, #-0x28]
;;    50: add w0, w1, #0xc
;;    54: mov w16, #0x28
;;    58: mul w3, w1, w16
;;    5c: eor w0, w0, w3
;;    60: add w25, w25, w0
;;    64: and w0, w1, #0xff
;;    68: sub w25, w25, w0
;;    6c: add w0, w1, w24
;;    70: add w25, w25, w0
;;    74: mov x16, #0x80000000
;;    78: movk x16, #0xffff, lsl #32
;;    7c: movk x16, #0xffff, lsl #48
;;    80: sub x0, x2, x16
;;    84: add x2, x2, x0
;;    88: sub w24, w24, #0x1
;;    8c: cbnz w24, $-0x3c
;;    90: str w25, [x29, #0x10]
;;    94: str x2, [x29, #0x18]
;;    98: mov sp, x29
;;    9c: ldp x29, x30, [sp], #0x10
;;    a0: ret
;;    a4: mov w0, #0x9
;;    a8: b $+0x24
;;    ac: mov w19, w0
;;    b0: mov x0, x29
;;    b4: adr x1, $-0x8
;;    b8: mov x16, sp
;;    bc: and sp, x16, #0xfffffffffffffff0
;;    c0: ldr x17, [x28, #0x30]
;;    c4: blr x17
;;    c8: mov w0, w19
;;    cc: ldr x16, [x26, #0x8]
;;    d0: ldr x17, [x16]
;;    d4: add sp, x16, #0x10
;;    d8: br x17
