;; Loop homes whose local the body sets before reading it take no load at the loop's entry:
;; $x in the first loop (written through: the body calls, and a call before the set does
;; not end the straight-line start then) and in the second (written back). $s and $i are
;; read first and are loaded.
(module
  (func $f (param i32))
  (func (param $n i32) (result i32) (local $x i32) (local $s i32) (local $i i32)
    (loop $m
      (call $f (local.get $i))
      (local.set $x (i32.mul (local.get $i) (i32.const 3)))
      (local.set $s (i32.add (local.get $s) (local.get $x)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_if $m (local.get $i)))
    (loop $l
      (local.set $x (i32.shl (local.get $n) (i32.const 1)))
      (local.set $s (i32.add (local.get $s) (local.get $x)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (local.get $s) (local.get $x))))

;; ==== x64 ====
;; function 0 (67 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5
;;    19: mov rsp, rbp
;;    1c: pop rbp
;;    1d: ret
;;    1e: mov eax, 0x9
;;    23: jmp $+0x16
;;    28: mov ebx, eax
;;    2a: mov rdi, rbp
;;    2d: lea rsi, qword [rip - 0xc]
;;    34: and rsp, -0x10
;;    38: call qword [r14 + 0x30]
;;    3c: mov eax, ebx
;;    3e: mov rsp, qword [r13 + 0x8]
;;    42: ret
;;
;; function 1 (179 bytes, calls [CallReloc { offset: 46, callee: 0 }])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x75
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x20], xmm0
;;    21: mov r12d, dword [rbp - 0x20]
;;    25: mov r10d, dword [rbp - 0x18]
;;    29: mov dword [rsp], r12d
;;    2d: call $+0x0
;;    32: mov r12d, dword [rbp - 0x20]
;;    36: imul ebx, r12d, 0x3
;;    3d: mov dword [rbp - 0x10], ebx
;;    40: mov r11d, ebx
;;    43: mov r10d, dword [rbp - 0x18]
;;    47: add r10d, r11d
;;    4a: mov dword [rbp - 0x18], r10d
;;    4e: sub r12d, 0x1
;;    52: mov dword [rbp - 0x20], r12d
;;    56: test r12d, r12d
;;    59: jnz $-0x32
;;    5b: mov r9d, dword [rbp + 0x10]
;;    5f: lea ebx, dword [r9 + r9 * 1]
;;    64: mov r11d, ebx
;;    67: add r10d, r11d
;;    6a: add r12d, 0x1
;;    6e: cmp r12d, r9d
;;    71: jb $-0x14
;;    73: mov dword [rbp - 0x20], r12d
;;    77: mov dword [rbp - 0x10], r11d
;;    7b: mov dword [rbp - 0x18], r10d
;;    7f: mov dword [rbp + 0x10], r9d
;;    83: add r10d, r11d
;;    86: mov eax, r10d
;;    89: mov rsp, rbp
;;    8c: pop rbp
;;    8d: ret
;;    8e: mov eax, 0x9
;;    93: jmp $+0x16
;;    98: mov ebx, eax
;;    9a: mov rdi, rbp
;;    9d: lea rsi, qword [rip - 0xc]
;;    a4: and rsp, -0x10
;;    a8: call qword [r14 + 0x30]
;;    ac: mov eax, ebx
;;    ae: mov rsp, qword [r13 + 0x8]
;;    b2: ret

;; ==== aarch64 ====
;; function 0 (104 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x10
;;    24: mov sp, x29
;;    28: ldp x29, x30, [sp], #0x10
;;    2c: ret
;;    30: mov w0, #0x9
;;    34: b $+0x24
;;    38: mov w19, w0
;;    3c: mov x0, x29
;;    40: adr x1, $-0x8
;;    44: mov x16, sp
;;    48: and sp, x16, #0xfffffffffffffff0
;;    4c: ldr x17, [x28, #0x30]
;;    50: blr x17
;;    54: mov w0, w19
;;    58: ldr x16, [x26, #0x8]
;;    5c: ldr x17, [x16]
;;    60: add sp, x16, #0x10
;;    64: br x17
;;
;; function 1 (220 bytes, calls [CallReloc { offset: 52, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x84
;;    24: stp xzr, xzr, [x29, #-0x20]
;;    28: ldur w25, [x29, #-0x20]
;;    2c: ldur w23, [x29, #-0x18]
;;    30: str w25, [sp]
;;    34: bl $+0x0
;;    38: ldur w25, [x29, #-0x20]
;;    3c: mov w16, #0x3
;;    40: mul w0, w25, w16
;;    44: stur w0, [x29, #-0x10]
;;    48: mov w24, w0
;;    4c: ldur w23, [x29, #-0x18]
;;    50: add w23, w23, w24
;;    54: stur w23, [x29, #-0x18]
;;    58: sub w25, w25, #0x1
;;    5c: stur w25, [x29, #-0x20]
;;    60: cbnz w25, $-0x30
;;    64: ldr w22, [x29, #0x10]
;;    68: lsl w0, w22, #0x1
;;    6c: mov w24, w0
;;    70: add w23, w23, w24
;;    74: add w25, w25, #0x1
;;    78: cmp w25, w22
;;    7c: b.lo $-0x14
;;    80: stur w25, [x29, #-0x20]
;;    84: stur w24, [x29, #-0x10]
;;    88: stur w23, [x29, #-0x18]
;;    8c: str w22, [x29, #0x10]
;;    90: add w23, w23, w24
;;    94: mov w0, w23
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
