;; A local held unstored in a loop (`$t`, an address temporary: five busier locals take
;; x86-64's loop homes) that its last read of the iteration changes in place (`$t + $b`,
;; polybench fdtd-2d): with a register free, the sum goes to a copy, and `$t` is stored
;; once, where the loop falls through to the code that reads it, not at every iteration.
(module (memory 1)
  (func (param $n i32) (param $a i32) (param $b i32) (result i32) (local $i i32) (local $t i32) (local $acc i32) (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32) (local $b4 i32)
    (loop $l
      (local.set $b0 (i32.add (i32.mul (local.get $b0) (i32.const 3)) (local.get $i)))
      (local.set $b0 (i32.xor (local.get $b0) (i32.shr_u (local.get $b0) (i32.const 7))))
      (local.set $b1 (i32.add (i32.mul (local.get $b1) (i32.const 3)) (local.get $b0)))
      (local.set $b1 (i32.xor (local.get $b1) (i32.shr_u (local.get $b1) (i32.const 7))))
      (local.set $b2 (i32.add (i32.mul (local.get $b2) (i32.const 3)) (local.get $b1)))
      (local.set $b2 (i32.xor (local.get $b2) (i32.shr_u (local.get $b2) (i32.const 7))))
      (local.set $b3 (i32.add (i32.mul (local.get $b3) (i32.const 3)) (local.get $b2)))
      (local.set $b3 (i32.xor (local.get $b3) (i32.shr_u (local.get $b3) (i32.const 7))))
      (local.set $b4 (i32.add (i32.mul (local.get $b4) (i32.const 3)) (local.get $b3)))
      (local.set $b4 (i32.xor (local.get $b4) (i32.shr_u (local.get $b4) (i32.const 7))))
      (local.set $acc (i32.add (local.get $acc)
        (i32.load (i32.and (i32.add (local.tee $t (i32.mul (local.get $i) (local.get $a))) (i32.const 4)) (i32.const 252)))))
      (local.set $acc (i32.xor (local.get $acc) (i32.add (local.get $t) (local.get $b))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (i32.add (local.get $acc) (local.get $t)) (i32.add (i32.add (i32.add (i32.add (i32.add (i32.const 0) (local.get $b0)) (local.get $b1)) (local.get $b2)) (local.get $b3)) (local.get $b4)))))

;; ==== x64 ====
;; function 0 (324 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8d, dword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x60
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0xf9
;;    26: xorps xmm0, xmm0
;;    2a: movups xmmword [rbp - 0x48], xmm0
;;    2e: movups xmmword [rbp - 0x38], xmm0
;;    32: movups xmmword [rbp - 0x28], xmm0
;;    36: movups xmmword [rbp - 0x18], xmm0
;;    3a: mov dword [rbp + 0x10], esi
;;    3d: mov dword [rbp + 0x18], edi
;;    40: mov dword [rbp + 0x20], r8d
;;    44: mov r12d, dword [rbp - 0x28]
;;    48: mov r11d, dword [rbp - 0x30]
;;    4c: mov r10d, dword [rbp - 0x38]
;;    50: mov r9d, dword [rbp - 0x40]
;;    54: mov r8d, dword [rbp - 0x48]
;;    58: imul ebx, r12d, 0x3
;;    5f: mov r12d, ebx
;;    62: add r12d, dword [rbp - 0x10]
;;    66: mov ebx, r12d
;;    69: shr ebx, 0x7
;;    6d: xor r12d, ebx
;;    70: imul ebx, r11d, 0x3
;;    77: lea r11d, dword [rbx + r12 * 1]
;;    7b: mov ebx, r11d
;;    7e: shr ebx, 0x7
;;    82: xor r11d, ebx
;;    85: imul ebx, r10d, 0x3
;;    8c: lea r10d, dword [rbx + r11 * 1]
;;    90: mov ebx, r10d
;;    93: shr ebx, 0x7
;;    97: xor r10d, ebx
;;    9a: imul ebx, r9d, 0x3
;;    a1: lea r9d, dword [rbx + r10 * 1]
;;    a5: mov ebx, r9d
;;    a8: shr ebx, 0x7
;;    ac: xor r9d, ebx
;;    af: imul ebx, r8d, 0x3
;;    b6: lea r8d, dword [rbx + r9 * 1]
;;    ba: mov ebx, r8d
;;    bd: shr ebx, 0x7
;;    c1: xor r8d, ebx
;;    c4: mov ebx, dword [rbp - 0x10]
;;    c7: imul ebx, dword [rbp + 0x18]
;;    d0: lea esi, dword [rbx + 0x4]
;;    d3: and esi, 0xfc
;;    d9: mov esi, dword [r15 + rsi * 1]
;;    dd: mov edi, dword [rbp - 0x20]
;;    e0: add edi, esi
;;    e2: mov esi, ebx
;;    e5: add esi, dword [rbp + 0x20]
;;    e8: xor edi, esi
;;    ea: mov esi, dword [rbp - 0x10]
;;    ed: add esi, 0x1
;;    f0: mov dword [rbp - 0x10], esi
;;    f3: mov dword [rbp - 0x20], edi
;;    f6: cmp esi, dword [rbp + 0x10]
;;    f9: jb $-0xa7
;;    ff: mov dword [rbp - 0x18], ebx
;;   102: add edi, ebx
;;   104: add r12d, 0x0
;;   108: add r12d, r11d
;;   10b: add r12d, r10d
;;   10e: add r12d, r9d
;;   111: add r12d, r8d
;;   114: add edi, r12d
;;   117: mov eax, edi
;;   11a: mov rsp, rbp
;;   11d: pop rbp
;;   11e: ret
;;   11f: mov eax, 0x9
;;   124: jmp $+0x16
;;   129: mov ebx, eax
;;   12b: mov rdi, rbp
;;   12e: lea rsi, qword [rip - 0xc]
;;   135: and rsp, -0x10
;;   139: call qword [r14 + 0x30]
;;   13d: mov eax, ebx
;;   13f: mov rsp, qword [r13 + 0x8]
;;   143: ret

;; ==== aarch64 ====
;; function 0 (340 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: ldr w2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x60
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0xf4
;;    2c: stp xzr, xzr, [x29, #-0x48]
;;    30: stp xzr, xzr, [x29, #-0x38]
;;    34: stp xzr, xzr, [x29, #-0x28]
;;    38: stp xzr, xzr, [x29, #-0x18]
;;    3c: str w0, [x29, #0x10]
;;    40: str w1, [x29, #0x18]
;;    44: str w2, [x29, #0x20]
;;    48: ldur w25, [x29, #-0x28]
;;    4c: ldur w24, [x29, #-0x30]
;;    50: ldur w23, [x29, #-0x38]
;;    54: ldur w22, [x29, #-0x40]
;;    58: ldur w21, [x29, #-0x48]
;;    5c: ldur w20, [x29, #-0x10]
;;    60: ldur w19, [x29, #-0x20]
;;    64: mov w16, #0x3
;;    68: mul w3, w25, w16
;;    6c: add w25, w3, w20
;;    70: lsr w3, w25, #0x7
;;    74: eor w25, w25, w3
;;    78: mov w16, #0x3
;;    7c: mul w3, w24, w16
;;    80: add w24, w3, w25
;;    84: lsr w3, w24, #0x7
;;    88: eor w24, w24, w3
;;    8c: mov w16, #0x3
;;    90: mul w3, w23, w16
;;    94: add w23, w3, w24
;;    98: lsr w3, w23, #0x7
;;    9c: eor w23, w23, w3
;;    a0: mov w16, #0x3
;;    a4: mul w3, w22, w16
;;    a8: add w22, w3, w23
;;    ac: lsr w3, w22, #0x7
;;    b0: eor w22, w22, w3
;;    b4: mov w16, #0x3
;;    b8: mul w3, w21, w16
;;    bc: add w21, w3, w22
;;    c0: lsr w3, w21, #0x7
;;    c4: eor w21, w21, w3
;;    c8: mul w14, w20, w1
;;    cc: add w3, w14, #0x4
;;    d0: and w3, w3, #0xfc
;;    d4: ldr w3, [x27, x3]
;;    d8: add w19, w19, w3
;;    dc: add w3, w14, w2
;;    e0: eor w19, w19, w3
;;    e4: add w20, w20, #0x1
;;    e8: cmp w20, w0
;;    ec: b.lo $-0x88
;;    f0: add w19, w19, w14
;;    f4: add w25, w25, #0x0
;;    f8: add w25, w25, w24
;;    fc: add w25, w25, w23
;;   100: add w25, w25, w22
;;   104: add w25, w25, w21
;;   108: add w19, w19, w25
;;   10c: mov w0, w19
;;   110: mov sp, x29
;;   114: ldp x29, x30, [sp], #0x10
;;   118: ret
;;   11c: mov w0, #0x9
;;   120: b $+0x24
;;   124: mov w19, w0
;;   128: mov x0, x29
;;   12c: adr x1, $-0x8
;;   130: mov x16, sp
;;   134: and sp, x16, #0xfffffffffffffff0
;;   138: ldr x17, [x28, #0x30]
;;   13c: blr x17
;;   140: mov w0, w19
;;   144: ldr x16, [x26, #0x8]
;;   148: ldr x17, [x16]
;;   14c: add sp, x16, #0x10
;;   150: br x17
