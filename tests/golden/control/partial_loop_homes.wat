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
;; function 0 (186 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x60
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x78
;;    1d: xorps xmm0, xmm0
;;    21: movups xmmword [rbp - 0x40], xmm0
;;    25: movups xmmword [rbp - 0x30], xmm0
;;    29: movups xmmword [rbp - 0x20], xmm0
;;    2d: mov dword [rbp + 0x10], esi
;;    30: mov dword [rbp - 0x20], 0x7
;;    37: mov dword [rbp - 0x10], esi
;;    3a: mov r12d, dword [rbp - 0x18]
;;    3e: mov r11d, dword [rbp - 0x20]
;;    42: add esi, r12d
;;    45: add r12d, r11d
;;    48: add r11d, esi
;;    4b: mov ebx, dword [rbp - 0x28]
;;    4e: add ebx, dword [rbp - 0x30]
;;    51: mov edi, dword [rbp - 0x30]
;;    54: add edi, 0x1
;;    57: mov eax, dword [rbp + 0x10]
;;    5a: mov dword [rbp - 0x38], eax
;;    5d: mov dword [rbp - 0x28], ebx
;;    60: mov dword [rbp - 0x30], edi
;;    63: mov r10d, dword [rbp - 0x38]
;;    67: mov r9d, dword [rbp - 0x40]
;;    6b: xor r9d, r10d
;;    6e: sub r10d, 0x1
;;    72: test r10d, r10d
;;    75: jnz $-0xc
;;    77: mov dword [rbp - 0x40], r9d
;;    7b: mov dword [rbp - 0x38], r10d
;;    7f: mov ebx, dword [rbp - 0x30]
;;    82: cmp ebx, 0x3
;;    85: jb $-0x45
;;    87: add esi, dword [rbp - 0x28]
;;    8a: add r9d, esi
;;    8d: mov eax, r9d
;;    90: mov rsp, rbp
;;    93: pop rbp
;;    94: ret
;;    95: mov eax, 0x9
;;    9a: jmp $+0x16
;;    9f: mov ebx, eax
;;    a1: mov rdi, rbp
;;    a4: lea rsi, qword [rip - 0xc]
;;    ab: and rsp, -0x10
;;    af: call qword [r14 + 0x30]
;;    b3: mov eax, ebx
;;    b5: mov rsp, qword [r13 + 0x8]
;;    b9: ret

;; ==== aarch64 ====
;; function 0 (224 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x60
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x88
;;    24: stp xzr, xzr, [x29, #-0x40]
;;    28: stp xzr, xzr, [x29, #-0x30]
;;    2c: stp xzr, xzr, [x29, #-0x20]
;;    30: str w0, [x29, #0x10]
;;    34: mov w16, #0x7
;;    38: stur w16, [x29, #-0x20]
;;    3c: stur w0, [x29, #-0x10]
;;    40: ldur w25, [x29, #-0x18]
;;    44: ldur w24, [x29, #-0x20]
;;    48: ldur w23, [x29, #-0x30]
;;    4c: ldur w22, [x29, #-0x28]
;;    50: add w0, w0, w25
;;    54: add w25, w25, w24
;;    58: add w24, w24, w0
;;    5c: add w22, w22, w23
;;    60: add w23, w23, #0x1
;;    64: ldr w16, [x29, #0x10]
;;    68: stur w16, [x29, #-0x38]
;;    6c: ldur w21, [x29, #-0x38]
;;    70: ldur w20, [x29, #-0x40]
;;    74: eor w20, w20, w21
;;    78: sub w21, w21, #0x1
;;    7c: cbnz w21, $-0x8
;;    80: stur w20, [x29, #-0x40]
;;    84: stur w21, [x29, #-0x38]
;;    88: cmp w23, #0x3
;;    8c: b.lo $-0x3c
;;    90: add w0, w0, w22
;;    94: add w20, w20, w0
;;    98: mov w0, w20
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
