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
;; function 1 (166 bytes, calls [CallReloc { offset: 54, callee: 0 }])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x68
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x20], xmm0
;;    21: mov r12d, dword [rbp - 0x20]
;;    25: mov r10d, dword [rbp - 0x18]
;;    29: mov dword [rsp], r12d
;;    2d: mov dword [rbp - 0x18], r10d
;;    31: mov dword [rbp - 0x20], r12d
;;    35: call $+0x0
;;    3a: mov r12d, dword [rbp - 0x20]
;;    3e: imul r11d, r12d, 0x3
;;    45: mov r10d, dword [rbp - 0x18]
;;    49: add r10d, r11d
;;    4c: sub r12d, 0x1
;;    50: test r12d, r12d
;;    53: jnz $-0x2c
;;    55: mov dword [rbp - 0x18], r10d
;;    59: mov dword [rbp - 0x10], r11d
;;    5d: mov dword [rbp - 0x20], r12d
;;    61: mov r9d, dword [rbp + 0x10]
;;    65: lea r11d, dword [r9 + r9 * 1]
;;    6a: add r10d, r11d
;;    6d: add r12d, 0x1
;;    71: cmp r12d, r9d
;;    74: jb $-0x11
;;    76: add r10d, r11d
;;    79: mov eax, r10d
;;    7c: mov rsp, rbp
;;    7f: pop rbp
;;    80: ret
;;    81: mov eax, 0x9
;;    86: jmp $+0x16
;;    8b: mov ebx, eax
;;    8d: mov rdi, rbp
;;    90: lea rsi, qword [rip - 0xc]
;;    97: and rsp, -0x10
;;    9b: call qword [r14 + 0x30]
;;    9f: mov eax, ebx
;;    a1: mov rsp, qword [r13 + 0x8]
;;    a5: ret

;; ==== aarch64 ====
;; function 0 (100 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x10
;;    20: mov sp, x29
;;    24: ldp x29, x30, [sp], #0x10
;;    28: ret
;;    2c: mov w0, #0x9
;;    30: b $+0x24
;;    34: mov w19, w0
;;    38: mov x0, x29
;;    3c: adr x1, $-0x8
;;    40: mov x16, sp
;;    44: and sp, x16, #0xfffffffffffffff0
;;    48: ldr x17, [x28, #0x30]
;;    4c: blr x17
;;    50: mov w0, w19
;;    54: ldr x16, [x26, #0x8]
;;    58: ldr x17, [x16]
;;    5c: add sp, x16, #0x10
;;    60: br x17
;;
;; function 1 (200 bytes, calls [CallReloc { offset: 56, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x74
;;    20: stp xzr, xzr, [x29, #-0x20]
;;    24: ldur w25, [x29, #-0x20]
;;    28: ldur w23, [x29, #-0x18]
;;    2c: str w25, [sp]
;;    30: stur w23, [x29, #-0x18]
;;    34: stur w25, [x29, #-0x20]
;;    38: bl $+0x0
;;    3c: ldur w25, [x29, #-0x20]
;;    40: mov w16, #0x3
;;    44: mul w24, w25, w16
;;    48: ldur w23, [x29, #-0x18]
;;    4c: add w23, w23, w24
;;    50: sub w25, w25, #0x1
;;    54: cbnz w25, $-0x28
;;    58: stur w23, [x29, #-0x18]
;;    5c: stur w24, [x29, #-0x10]
;;    60: stur w25, [x29, #-0x20]
;;    64: ldr w22, [x29, #0x10]
;;    68: lsl w24, w22, #0x1
;;    6c: add w23, w23, w24
;;    70: add w25, w25, #0x1
;;    74: cmp w25, w22
;;    78: b.lo $-0x10
;;    7c: add w23, w23, w24
;;    80: mov w0, w23
;;    84: mov sp, x29
;;    88: ldp x29, x30, [sp], #0x10
;;    8c: ret
;;    90: mov w0, #0x9
;;    94: b $+0x24
;;    98: mov w19, w0
;;    9c: mov x0, x29
;;    a0: adr x1, $-0x8
;;    a4: mov x16, sp
;;    a8: and sp, x16, #0xfffffffffffffff0
;;    ac: ldr x17, [x28, #0x30]
;;    b0: blr x17
;;    b4: mov w0, w19
;;    b8: ldr x16, [x26, #0x8]
;;    bc: ldr x17, [x16]
;;    c0: add sp, x16, #0x10
;;    c4: br x17
