;; Loop homes: the locals rotated each iteration stay in registers across the back-edge
;; (x86-64 homes all five; the frame is still written on each set).
(module (func (export "rotate") (param $n i32) (result i32)
  (local $a i32) (local $b i32) (local $c i32) (local $t i32)
  (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (local.set $c (i32.const 3))
  (block (loop
    (br_if 1 (i32.eqz (local.get $n)))
    (local.set $t (local.get $a))
    (local.set $a (local.get $b))
    (local.set $b (local.get $c))
    (local.set $c (local.get $t))
    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
    (br 0)))
  (i32.add (i32.mul (local.get $a) (i32.const 100))
    (i32.add (i32.mul (local.get $b) (i32.const 10)) (local.get $c)))))

;; ==== x64 ====
;; function 0 (200 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x8a
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x28], xmm0
;;    21: movups xmmword [rbp - 0x18], xmm0
;;    25: mov dword [rbp - 0x10], 0x1
;;    2c: mov dword [rbp - 0x18], 0x2
;;    33: mov dword [rbp - 0x20], 0x3
;;    3a: mov r12d, dword [rbp + 0x10]
;;    3e: mov r11d, dword [rbp - 0x10]
;;    42: mov r10d, dword [rbp - 0x18]
;;    46: mov r9d, dword [rbp - 0x20]
;;    4a: mov r8d, dword [rbp - 0x28]
;;    4e: test r12d, r12d
;;    51: jnz $+0x19
;;    57: mov dword [rbp + 0x10], r12d
;;    5b: mov dword [rbp - 0x10], r11d
;;    5f: mov dword [rbp - 0x18], r10d
;;    63: mov dword [rbp - 0x20], r9d
;;    67: mov dword [rbp - 0x28], r8d
;;    6b: jmp $+0x12
;;    70: mov r8d, r11d
;;    73: mov r11d, r10d
;;    76: mov r10d, r9d
;;    79: mov r9d, r8d
;;    7c: sub r12d, 0x1
;;    80: jmp $-0x34
;;    82: mov ebx, dword [rbp - 0x10]
;;    85: imul ebx, ebx, 0x64
;;    8c: mov esi, dword [rbp - 0x18]
;;    8f: imul esi, esi, 0xa
;;    96: add esi, dword [rbp - 0x20]
;;    99: add ebx, esi
;;    9b: mov eax, ebx
;;    9e: mov rsp, rbp
;;    a1: pop rbp
;;    a2: ret
;;    a3: mov eax, 0x9
;;    a8: jmp $+0x16
;;    ad: mov ebx, eax
;;    af: mov rdi, rbp
;;    b2: lea rsi, qword [rip - 0xc]
;;    b9: and rsp, -0x10
;;    bd: call qword [r14 + 0x30]
;;    c1: mov eax, ebx
;;    c3: mov rsp, qword [r13 + 0x8]
;;    c7: ret

;; ==== aarch64 ====
;; function 0 (260 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0xac
;;    24: stur xzr, [x29, #-0x28]
;;    28: stur xzr, [x29, #-0x20]
;;    2c: stur xzr, [x29, #-0x18]
;;    30: stur xzr, [x29, #-0x10]
;;    34: mov w16, #0x1
;;    38: stur w16, [x29, #-0x10]
;;    3c: mov w16, #0x2
;;    40: stur w16, [x29, #-0x18]
;;    44: mov w16, #0x3
;;    48: stur w16, [x29, #-0x20]
;;    4c: ldr w25, [x29, #0x10]
;;    50: ldur w24, [x29, #-0x10]
;;    54: ldur w23, [x29, #-0x18]
;;    58: ldur w22, [x29, #-0x20]
;;    5c: ldur w21, [x29, #-0x28]
;;    60: cmp w25, #0x0
;;    64: b.ne $+0x1c
;;    68: str w25, [x29, #0x10]
;;    6c: stur w24, [x29, #-0x10]
;;    70: stur w23, [x29, #-0x18]
;;    74: stur w22, [x29, #-0x20]
;;    78: stur w21, [x29, #-0x28]
;;    7c: b $+0x1c
;;    80: mov w21, w24
;;    84: mov w24, w23
;;    88: mov w23, w22
;;    8c: mov w22, w21
;;    90: sub w25, w25, #0x1
;;    94: b $-0x34
;;    98: ldur w0, [x29, #-0x10]
;;    9c: mov w16, #0x64
;;    a0: mul w0, w0, w16
;;    a4: ldur w1, [x29, #-0x18]
;;    a8: mov w16, #0xa
;;    ac: mul w1, w1, w16
;;    b0: ldur w16, [x29, #-0x20]
;;    b4: add w1, w1, w16
;;    b8: add w0, w0, w1
;;    bc: mov w0, w0
;;    c0: mov sp, x29
;;    c4: ldp x29, x30, [sp], #0x10
;;    c8: ret
;;    cc: mov w0, #0x9
;;    d0: b $+0x24
;;    d4: mov w19, w0
;;    d8: mov x0, x29
;;    dc: adr x1, $-0x8
;;    e0: mov x16, sp
;;    e4: and sp, x16, #0xfffffffffffffff0
;;    e8: ldr x17, [x28, #0x30]
;;    ec: blr x17
;;    f0: mov w0, w19
;;    f4: ldr x16, [x26, #0x8]
;;    f8: ldr x17, [x16]
;;    fc: add sp, x16, #0x10
;;   100: br x17
