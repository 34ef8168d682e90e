;; A branch back to a loop whose body sets a local before reading it (polybench gemm's
;; address temporaries): the local held unstored is not stored on the branch, only where
;; the loop falls through to code that reads it; `$u`, which the body reads first, is
;; stored on the branch. Five busier locals take x86-64's loop homes.
(module (func (param $n i32) (result i32)
  (local $i i32) (local $t i32) (local $u i32) (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32) (local $b4 i32)
  (loop $l
    (local.set $b0 (i32.add (i32.mul (local.get $b0) (i32.const 3)) (local.get $i)))
    (local.set $b1 (i32.add (i32.mul (local.get $b1) (i32.const 3)) (local.get $b0)))
    (local.set $b2 (i32.add (i32.mul (local.get $b2) (i32.const 3)) (local.get $b1)))
    (local.set $b3 (i32.add (i32.mul (local.get $b3) (i32.const 3)) (local.get $b2)))
    (local.set $b4 (i32.add (i32.mul (local.get $b4) (i32.const 3)) (local.get $b3)))
    (local.set $b0 (i32.xor (local.get $b0) (local.get $b4)))
    (local.set $b1 (i32.xor (local.get $b1) (local.get $b3)))
    (local.set $t (i32.add (i32.shl (local.get $i) (i32.const 3)) (i32.const 12)))
    (local.set $u (i32.add (local.get $u) (local.get $t)))
    (local.set $t (i32.xor (local.get $t) (local.get $u)))
    (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
  (i32.add (local.get $t) (i32.add (local.get $u) (i32.add (local.get $b0) (local.get $b2))))))

;; ==== x64 ====
;; function 0 (227 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x70
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xa1
;;    1d: xorps xmm0, xmm0
;;    21: movups xmmword [rbp - 0x48], xmm0
;;    25: movups xmmword [rbp - 0x38], xmm0
;;    29: movups xmmword [rbp - 0x28], xmm0
;;    2d: movups xmmword [rbp - 0x18], xmm0
;;    31: mov dword [rbp + 0x10], esi
;;    34: mov r12d, dword [rbp - 0x28]
;;    38: mov r11d, dword [rbp - 0x30]
;;    3c: mov r10d, dword [rbp - 0x10]
;;    40: mov r8d, dword [rbp - 0x40]
;;    44: imul ebx, r12d, 0x3
;;    4b: lea r12d, dword [rbx + r10 * 1]
;;    4f: imul ebx, r11d, 0x3
;;    56: lea r11d, dword [rbx + r12 * 1]
;;    5a: mov ebx, dword [rbp - 0x38]
;;    5d: imul ebx, ebx, 0x3
;;    64: add ebx, r11d
;;    67: imul esi, r8d, 0x3
;;    6e: lea r8d, dword [rsi + rbx * 1]
;;    72: mov esi, dword [rbp - 0x48]
;;    75: imul esi, esi, 0x3
;;    7c: add esi, r8d
;;    7f: xor r12d, esi
;;    82: xor r11d, r8d
;;    85: lea edi, dword [r10 * 8]
;;    8d: lea r9d, dword [rdi + 0xc]
;;    91: mov edi, dword [rbp - 0x20]
;;    94: add edi, r9d
;;    97: xor r9d, edi
;;    9a: add r10d, 0x1
;;    9e: mov dword [rbp - 0x38], ebx
;;    a1: mov dword [rbp - 0x48], esi
;;    a4: mov dword [rbp - 0x20], edi
;;    a7: cmp r10d, dword [rbp + 0x10]
;;    ab: jb $-0x69
;;    ad: add r12d, ebx
;;    b0: add edi, r12d
;;    b3: add r9d, edi
;;    b6: mov eax, r9d
;;    b9: mov rsp, rbp
;;    bc: pop rbp
;;    bd: ret
;;    be: mov eax, 0x9
;;    c3: jmp $+0x16
;;    c8: mov ebx, eax
;;    ca: mov rdi, rbp
;;    cd: lea rsi, qword [rip - 0xc]
;;    d4: and rsp, -0x10
;;    d8: call qword [r14 + 0x30]
;;    dc: mov eax, ebx
;;    de: mov rsp, qword [r13 + 0x8]
;;    e2: ret

;; ==== aarch64 ====
;; function 0 (264 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x70
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0xb0
;;    24: stp xzr, xzr, [x29, #-0x48]
;;    28: stp xzr, xzr, [x29, #-0x38]
;;    2c: stp xzr, xzr, [x29, #-0x28]
;;    30: stp xzr, xzr, [x29, #-0x18]
;;    34: str w0, [x29, #0x10]
;;    38: ldur w25, [x29, #-0x28]
;;    3c: ldur w24, [x29, #-0x30]
;;    40: ldur w23, [x29, #-0x10]
;;    44: ldur w21, [x29, #-0x40]
;;    48: ldur w20, [x29, #-0x20]
;;    4c: ldur w19, [x29, #-0x38]
;;    50: ldur w14, [x29, #-0x48]
;;    54: mov w16, #0x3
;;    58: mul w1, w25, w16
;;    5c: add w25, w1, w23
;;    60: mov w16, #0x3
;;    64: mul w1, w24, w16
;;    68: add w24, w1, w25
;;    6c: mov w16, #0x3
;;    70: mul w1, w19, w16
;;    74: add w19, w1, w24
;;    78: mov w16, #0x3
;;    7c: mul w1, w21, w16
;;    80: add w21, w1, w19
;;    84: mov w16, #0x3
;;    88: mul w1, w14, w16
;;    8c: add w14, w1, w21
;;    90: eor w25, w25, w14
;;    94: eor w24, w24, w21
;;    98: lsl w1, w23, #0x3
;;    9c: add w22, w1, #0xc
;;    a0: add w20, w20, w22
;;    a4: eor w22, w22, w20
;;    a8: add w23, w23, #0x1
;;    ac: cmp w23, w0
;;    b0: b.lo $-0x5c
;;    b4: add w25, w25, w19
;;    b8: add w20, w20, w25
;;    bc: add w22, w22, w20
;;    c0: mov w0, w22
;;    c4: mov sp, x29
;;    c8: ldp x29, x30, [sp], #0x10
;;    cc: ret
;;    d0: mov w0, #0x9
;;    d4: b $+0x24
;;    d8: mov w19, w0
;;    dc: mov x0, x29
;;    e0: adr x1, $-0x8
;;    e4: mov x16, sp
;;    e8: and sp, x16, #0xfffffffffffffff0
;;    ec: ldr x17, [x28, #0x30]
;;    f0: blr x17
;;    f4: mov w0, w19
;;    f8: ldr x16, [x26, #0x8]
;;    fc: ldr x17, [x16]
;;   100: add sp, x16, #0x10
;;   104: br x17
