;; Loop homes when the outer loop is too long to read to its end (512 bytes; here 520
;; nops): it takes at most half of the homes it could (x86-64: 3 of 5, its busiest
;; locals $a $b $c), so the inner loop, which the outer one's read never reached, homes
;; its own ($i and $s). Before, the outer loop took every home and the inner one none.
(module (func (export "nested") (param $n i32) (result i32)
  (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $i i32) (local $s i32)
  (local.set $a (local.get $n)) (local.set $c (i32.const 7))
  (loop $outer
    (local.set $a (i32.add (local.get $a) (local.get $b)))
    (local.set $b (i32.add (local.get $b) (local.get $c)))
    (local.set $c (i32.add (local.get $c) (local.get $a)))
    (local.set $d (i32.add (local.get $d) (local.get $e)))
    (local.set $e (i32.add (local.get $e) (i32.const 1)))
    nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop
    (local.set $i (local.get $n))
    (loop $inner
      (local.set $s (i32.xor (local.get $s) (local.get $i)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_if $inner (local.get $i)))
    (br_if $outer (i32.lt_u (local.get $e) (i32.const 3))))
  (i32.add (local.get $s) (i32.add (local.get $a) (local.get $d)))))

;; ==== x64 ====
;; function 0 (199 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x89
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x40], xmm0
;;    21: movups xmmword [rbp - 0x30], xmm0
;;    25: movups xmmword [rbp - 0x20], xmm0
;;    29: mov eax, dword [rbp + 0x10]
;;    2c: mov dword [rbp - 0x10], eax
;;    2f: mov dword [rbp - 0x20], 0x7
;;    36: mov r12d, dword [rbp - 0x10]
;;    3a: mov r11d, dword [rbp - 0x18]
;;    3e: mov r10d, dword [rbp - 0x20]
;;    42: add r12d, r11d
;;    45: add r11d, r10d
;;    48: add r10d, r12d
;;    4b: mov ebx, dword [rbp - 0x28]
;;    4e: add ebx, dword [rbp - 0x30]
;;    51: mov esi, dword [rbp - 0x30]
;;    54: add esi, 0x1
;;    57: mov eax, dword [rbp + 0x10]
;;    5a: mov dword [rbp - 0x38], eax
;;    5d: mov dword [rbp - 0x28], ebx
;;    60: mov dword [rbp - 0x30], esi
;;    63: mov r9d, dword [rbp - 0x38]
;;    67: mov r8d, dword [rbp - 0x40]
;;    6b: xor r8d, r9d
;;    6e: sub r9d, 0x1
;;    72: test r9d, r9d
;;    75: jnz $-0xc
;;    77: mov dword [rbp - 0x38], r9d
;;    7b: mov dword [rbp - 0x40], r8d
;;    7f: mov ebx, dword [rbp - 0x30]
;;    82: cmp ebx, 0x3
;;    85: jb $-0x45
;;    87: mov dword [rbp - 0x10], r12d
;;    8b: mov dword [rbp - 0x18], r11d
;;    8f: mov dword [rbp - 0x20], r10d
;;    93: add r12d, dword [rbp - 0x28]
;;    97: add r8d, r12d
;;    9a: mov eax, r8d
;;    9d: mov rsp, rbp
;;    a0: pop rbp
;;    a1: ret
;;    a2: mov eax, 0x9
;;    a7: jmp $+0x16
;;    ac: mov ebx, eax
;;    ae: mov rdi, rbp
;;    b1: lea rsi, qword [rip - 0xc]
;;    b8: and rsp, -0x10
;;    bc: call qword [r14 + 0x30]
;;    c0: mov eax, ebx
;;    c2: mov rsp, qword [r13 + 0x8]
;;    c6: ret

;; ==== aarch64 ====
;; function 0 (244 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xa0
;;    20: stp xzr, xzr, [x29, #-0x40]
;;    24: stp xzr, xzr, [x29, #-0x30]
;;    28: stp xzr, xzr, [x29, #-0x20]
;;    2c: ldr w16, [x29, #0x10]
;;    30: stur w16, [x29, #-0x10]
;;    34: mov w16, #0x7
;;    38: stur w16, [x29, #-0x20]
;;    3c: ldur w25, [x29, #-0x10]
;;    40: ldur w24, [x29, #-0x18]
;;    44: ldur w23, [x29, #-0x20]
;;    48: ldur w22, [x29, #-0x30]
;;    4c: ldur w21, [x29, #-0x28]
;;    50: add w25, w25, w24
;;    54: add w24, w24, w23
;;    58: add w23, w23, w25
;;    5c: add w21, w21, w22
;;    60: add w22, w22, #0x1
;;    64: ldr w16, [x29, #0x10]
;;    68: stur w16, [x29, #-0x38]
;;    6c: ldur w20, [x29, #-0x38]
;;    70: ldur w19, [x29, #-0x40]
;;    74: eor w19, w19, w20
;;    78: sub w20, w20, #0x1
;;    7c: cbnz w20, $-0x8
;;    80: stur w20, [x29, #-0x38]
;;    84: stur w19, [x29, #-0x40]
;;    88: cmp w22, #0x3
;;    8c: b.lo $-0x3c
;;    90: stur w25, [x29, #-0x10]
;;    94: stur w24, [x29, #-0x18]
;;    98: stur w23, [x29, #-0x20]
;;    9c: stur w22, [x29, #-0x30]
;;    a0: stur w21, [x29, #-0x28]
;;    a4: add w25, w25, w21
;;    a8: add w19, w19, w25
;;    ac: mov w0, w19
;;    b0: mov sp, x29
;;    b4: ldp x29, x30, [sp], #0x10
;;    b8: ret
;;    bc: mov w0, #0x9
;;    c0: b $+0x24
;;    c4: mov w19, w0
;;    c8: mov x0, x29
;;    cc: adr x1, $-0x8
;;    d0: mov x16, sp
;;    d4: and sp, x16, #0xfffffffffffffff0
;;    d8: ldr x17, [x28, #0x30]
;;    dc: blr x17
;;    e0: mov w0, w19
;;    e4: ldr x16, [x26, #0x8]
;;    e8: ldr x17, [x16]
;;    ec: add sp, x16, #0x10
;;    f0: br x17
