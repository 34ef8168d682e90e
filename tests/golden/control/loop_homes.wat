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
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7e
;;    19: mov dword [rbp - 0x10], 0x1
;;    20: mov dword [rbp - 0x18], 0x2
;;    27: mov dword [rbp - 0x20], 0x3
;;    2e: mov r12d, dword [rbp + 0x10]
;;    32: mov r11d, dword [rbp - 0x10]
;;    36: mov r10d, dword [rbp - 0x18]
;;    3a: mov r9d, dword [rbp - 0x20]
;;    3e: mov r8d, dword [rbp - 0x28]
;;    42: test r12d, r12d
;;    45: jnz $+0x19
;;    4b: mov dword [rbp + 0x10], r12d
;;    4f: mov dword [rbp - 0x10], r11d
;;    53: mov dword [rbp - 0x18], r10d
;;    57: mov dword [rbp - 0x20], r9d
;;    5b: mov dword [rbp - 0x28], r8d
;;    5f: jmp $+0x12
;;    64: mov r8d, r11d
;;    67: mov r11d, r10d
;;    6a: mov r10d, r9d
;;    6d: mov r9d, r8d
;;    70: sub r12d, 0x1
;;    74: jmp $-0x34
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
;; function 0 (240 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x9c
;;    20: mov w16, #0x1
;;    24: stur w16, [x29, #-0x10]
;;    28: mov w16, #0x2
;;    2c: stur w16, [x29, #-0x18]
;;    30: mov w16, #0x3
;;    34: stur w16, [x29, #-0x20]
;;    38: ldr w25, [x29, #0x10]
;;    3c: ldur w24, [x29, #-0x10]
;;    40: ldur w23, [x29, #-0x18]
;;    44: ldur w22, [x29, #-0x20]
;;    48: ldur w21, [x29, #-0x28]
;;    4c: cmp w25, #0x0
;;    50: b.ne $+0x1c
;;    54: str w25, [x29, #0x10]
;;    58: stur w24, [x29, #-0x10]
;;    5c: stur w23, [x29, #-0x18]
;;    60: stur w22, [x29, #-0x20]
;;    64: stur w21, [x29, #-0x28]
;;    68: b $+0x1c
;;    6c: mov w21, w24
;;    70: mov w24, w23
;;    74: mov w23, w22
;;    78: mov w22, w21
;;    7c: sub w25, w25, #0x1
;;    80: b $-0x34
;;    84: ldur w0, [x29, #-0x10]
;;    88: mov w16, #0x64
;;    8c: mul w0, w0, w16
;;    90: ldur w1, [x29, #-0x18]
;;    94: mov w16, #0xa
;;    98: mul w1, w1, w16
;;    9c: ldur w16, [x29, #-0x20]
;;    a0: add w1, w1, w16
;;    a4: add w0, w0, w1
;;    a8: mov w0, w0
;;    ac: mov sp, x29
;;    b0: ldp x29, x30, [sp], #0x10
;;    b4: ret
;;    b8: mov w0, #0x9
;;    bc: b $+0x24
;;    c0: mov w19, w0
;;    c4: mov x0, x29
;;    c8: adr x1, $-0x8
;;    cc: mov x16, sp
;;    d0: and sp, x16, #0xfffffffffffffff0
;;    d4: ldr x17, [x28, #0x30]
;;    d8: blr x17
;;    dc: mov w0, w19
;;    e0: ldr x16, [x26, #0x8]
;;    e4: ldr x17, [x16]
;;    e8: add sp, x16, #0x10
;;    ec: br x17
