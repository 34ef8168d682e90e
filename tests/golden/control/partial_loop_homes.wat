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
;; function 0 (187 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x60
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7d
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
;;    77: mov dword [rbp - 0x40], r8d
;;    7b: mov dword [rbp - 0x38], r9d
;;    7f: mov ebx, dword [rbp - 0x30]
;;    82: cmp ebx, 0x3
;;    85: jb $-0x45
;;    87: add r12d, dword [rbp - 0x28]
;;    8b: add r8d, r12d
;;    8e: mov eax, r8d
;;    91: mov rsp, rbp
;;    94: pop rbp
;;    95: ret
;;    96: mov eax, 0x9
;;    9b: jmp $+0x16
;;    a0: mov ebx, eax
;;    a2: mov rdi, rbp
;;    a5: lea rsi, qword [rip - 0xc]
;;    ac: and rsp, -0x10
;;    b0: call qword [r14 + 0x30]
;;    b4: mov eax, ebx
;;    b6: mov rsp, qword [r13 + 0x8]
;;    ba: ret

;; ==== aarch64 ====
;; function 0 (224 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x60
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x8c
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
;;    80: stur w19, [x29, #-0x40]
;;    84: stur w20, [x29, #-0x38]
;;    88: cmp w22, #0x3
;;    8c: b.lo $-0x3c
;;    90: add w25, w25, w21
;;    94: add w19, w19, w25
;;    98: mov w0, w19
;;    9c: mov sp, x29
;;    a0: ldp x29, x30, [sp], #0x10
;;    a4: ret
;;    a8: mov w0, #0x9
;;    ac: b $+0x24
;;    b0: mov w19, w0
;;    b4: mov x0, x29
;;    b8: adr x1, $-0x8
;;    bc: mov x16, sp
;;    c0: and sp, x16, #0xfffffffffffffff0
;;    c4: ldr x17, [x28, #0x30]
;;    c8: blr x17
;;    cc: mov w0, w19
;;    d0: ldr x16, [x26, #0x8]
;;    d4: ldr x17, [x16]
;;    d8: add sp, x16, #0x10
;;    dc: br x17
