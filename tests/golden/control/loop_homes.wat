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
;; function 0 (197 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x87
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x28], xmm0
;;    22: mov dword [rbp - 0x10], 0x1
;;    29: mov dword [rbp - 0x18], 0x2
;;    30: mov dword [rbp - 0x20], 0x3
;;    37: mov r12d, dword [rbp + 0x10]
;;    3b: mov r11d, dword [rbp - 0x10]
;;    3f: mov r10d, dword [rbp - 0x18]
;;    43: mov r9d, dword [rbp - 0x20]
;;    47: mov r8d, dword [rbp - 0x28]
;;    4b: test r12d, r12d
;;    4e: jnz $+0x19
;;    54: mov dword [rbp + 0x10], r12d
;;    58: mov dword [rbp - 0x10], r11d
;;    5c: mov dword [rbp - 0x18], r10d
;;    60: mov dword [rbp - 0x20], r9d
;;    64: mov dword [rbp - 0x28], r8d
;;    68: jmp $+0x12
;;    6d: mov r8d, r11d
;;    70: mov r11d, r10d
;;    73: mov r10d, r9d
;;    76: mov r9d, r8d
;;    79: sub r12d, 0x1
;;    7d: jmp $-0x34
;;    7f: mov ebx, dword [rbp - 0x10]
;;    82: imul ebx, ebx, 0x64
;;    89: mov esi, dword [rbp - 0x18]
;;    8c: imul esi, esi, 0xa
;;    93: add esi, dword [rbp - 0x20]
;;    96: add ebx, esi
;;    98: mov eax, ebx
;;    9b: mov rsp, rbp
;;    9e: pop rbp
;;    9f: ret
;;    a0: mov eax, 0x9
;;    a5: jmp $+0x16
;;    aa: mov ebx, eax
;;    ac: mov rdi, rbp
;;    af: lea rsi, qword [rip - 0xc]
;;    b6: and rsp, -0x10
;;    ba: call qword [r14 + 0x30]
;;    be: mov eax, ebx
;;    c0: mov rsp, qword [r13 + 0x8]
;;    c4: ret

;; ==== aarch64 ====
;; function 0 (248 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0xa0
;;    24: stur xzr, [x29, #-0x28]
;;    28: mov w16, #0x1
;;    2c: stur w16, [x29, #-0x10]
;;    30: mov w16, #0x2
;;    34: stur w16, [x29, #-0x18]
;;    38: mov w16, #0x3
;;    3c: stur w16, [x29, #-0x20]
;;    40: ldr w25, [x29, #0x10]
;;    44: ldur w24, [x29, #-0x10]
;;    48: ldur w23, [x29, #-0x18]
;;    4c: ldur w22, [x29, #-0x20]
;;    50: ldur w21, [x29, #-0x28]
;;    54: cmp w25, #0x0
;;    58: b.ne $+0x1c
;;    5c: str w25, [x29, #0x10]
;;    60: stur w24, [x29, #-0x10]
;;    64: stur w23, [x29, #-0x18]
;;    68: stur w22, [x29, #-0x20]
;;    6c: stur w21, [x29, #-0x28]
;;    70: b $+0x1c
;;    74: mov w21, w24
;;    78: mov w24, w23
;;    7c: mov w23, w22
;;    80: mov w22, w21
;;    84: sub w25, w25, #0x1
;;    88: b $-0x34
;;    8c: ldur w0, [x29, #-0x10]
;;    90: mov w16, #0x64
;;    94: mul w0, w0, w16
;;    98: ldur w1, [x29, #-0x18]
;;    9c: mov w16, #0xa
;;    a0: mul w1, w1, w16
;;    a4: ldur w16, [x29, #-0x20]
;;    a8: add w1, w1, w16
;;    ac: add w0, w0, w1
;;    b0: mov w0, w0
;;    b4: mov sp, x29
;;    b8: ldp x29, x30, [sp], #0x10
;;    bc: ret
;;    c0: mov w0, #0x9
;;    c4: b $+0x24
;;    c8: mov w19, w0
;;    cc: mov x0, x29
;;    d0: adr x1, $-0x8
;;    d4: mov x16, sp
;;    d8: and sp, x16, #0xfffffffffffffff0
;;    dc: ldr x17, [x28, #0x30]
;;    e0: blr x17
;;    e4: mov w0, w19
;;    e8: ldr x16, [x26, #0x8]
;;    ec: ldr x17, [x16]
;;    f0: add sp, x16, #0x10
;;    f4: br x17
