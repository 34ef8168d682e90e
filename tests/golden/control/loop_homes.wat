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
;; function 0 (188 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x40
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x7a
;;    1d: mov dword [rbp - 0x10], 0x1
;;    24: mov dword [rbp - 0x18], 0x2
;;    2b: mov dword [rbp - 0x20], 0x3
;;    32: mov dword [rbp + 0x10], esi
;;    35: mov r12d, dword [rbp - 0x10]
;;    39: mov r11d, dword [rbp - 0x18]
;;    3d: mov r10d, dword [rbp - 0x20]
;;    41: mov r9d, dword [rbp - 0x28]
;;    45: test esi, esi
;;    47: jnz $+0x18
;;    4d: mov dword [rbp + 0x10], esi
;;    50: mov dword [rbp - 0x10], r12d
;;    54: mov dword [rbp - 0x18], r11d
;;    58: mov dword [rbp - 0x20], r10d
;;    5c: mov dword [rbp - 0x28], r9d
;;    60: jmp $+0x11
;;    65: mov r9d, r12d
;;    68: mov r12d, r11d
;;    6b: mov r11d, r10d
;;    6e: mov r10d, r9d
;;    71: sub esi, 0x1
;;    74: jmp $-0x31
;;    76: mov ebx, dword [rbp - 0x10]
;;    79: imul ebx, ebx, 0x64
;;    80: mov esi, dword [rbp - 0x18]
;;    83: imul esi, esi, 0xa
;;    8a: add esi, dword [rbp - 0x20]
;;    8d: add ebx, esi
;;    8f: mov eax, ebx
;;    92: mov rsp, rbp
;;    95: pop rbp
;;    96: ret
;;    97: mov eax, 0x9
;;    9c: jmp $+0x16
;;    a1: mov ebx, eax
;;    a3: mov rdi, rbp
;;    a6: lea rsi, qword [rip - 0xc]
;;    ad: and rsp, -0x10
;;    b1: call qword [r14 + 0x30]
;;    b5: mov eax, ebx
;;    b7: mov rsp, qword [r13 + 0x8]
;;    bb: ret

;; ==== aarch64 ====
;; function 0 (244 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x40
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x9c
;;    24: mov w16, #0x1
;;    28: stur w16, [x29, #-0x10]
;;    2c: mov w16, #0x2
;;    30: stur w16, [x29, #-0x18]
;;    34: mov w16, #0x3
;;    38: stur w16, [x29, #-0x20]
;;    3c: str w0, [x29, #0x10]
;;    40: ldur w25, [x29, #-0x10]
;;    44: ldur w24, [x29, #-0x18]
;;    48: ldur w23, [x29, #-0x20]
;;    4c: ldur w22, [x29, #-0x28]
;;    50: cmp w0, #0x0
;;    54: b.ne $+0x1c
;;    58: str w0, [x29, #0x10]
;;    5c: stur w25, [x29, #-0x10]
;;    60: stur w24, [x29, #-0x18]
;;    64: stur w23, [x29, #-0x20]
;;    68: stur w22, [x29, #-0x28]
;;    6c: b $+0x1c
;;    70: mov w22, w25
;;    74: mov w25, w24
;;    78: mov w24, w23
;;    7c: mov w23, w22
;;    80: sub w0, w0, #0x1
;;    84: b $-0x34
;;    88: ldur w0, [x29, #-0x10]
;;    8c: mov w16, #0x64
;;    90: mul w0, w0, w16
;;    94: ldur w1, [x29, #-0x18]
;;    98: mov w16, #0xa
;;    9c: mul w1, w1, w16
;;    a0: ldur w16, [x29, #-0x20]
;;    a4: add w1, w1, w16
;;    a8: add w0, w0, w1
;;    ac: mov w0, w0
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
