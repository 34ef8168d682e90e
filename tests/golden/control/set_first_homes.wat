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
;; function 1 (174 bytes, calls [CallReloc { offset: 46, callee: 0 }])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x70
;;    19: xorps xmm0, xmm0
;;    1d: movups xmmword [rbp - 0x20], xmm0
;;    21: mov r12d, dword [rbp - 0x20]
;;    25: mov r10d, dword [rbp - 0x18]
;;    29: mov dword [rsp], r12d
;;    2d: call $+0x0
;;    32: mov r12d, dword [rbp - 0x20]
;;    36: imul r11d, r12d, 0x3
;;    3d: mov dword [rbp - 0x10], r11d
;;    41: mov r10d, dword [rbp - 0x18]
;;    45: add r10d, r11d
;;    48: mov dword [rbp - 0x18], r10d
;;    4c: sub r12d, 0x1
;;    50: mov dword [rbp - 0x20], r12d
;;    54: test r12d, r12d
;;    57: jnz $-0x30
;;    59: mov r9d, dword [rbp + 0x10]
;;    5d: lea r11d, dword [r9 + r9 * 1]
;;    62: add r10d, r11d
;;    65: add r12d, 0x1
;;    69: cmp r12d, r9d
;;    6c: jb $-0x11
;;    6e: mov dword [rbp - 0x20], r12d
;;    72: mov dword [rbp - 0x10], r11d
;;    76: mov dword [rbp - 0x18], r10d
;;    7a: mov dword [rbp + 0x10], r9d
;;    7e: add r10d, r11d
;;    81: mov eax, r10d
;;    84: mov rsp, rbp
;;    87: pop rbp
;;    88: ret
;;    89: mov eax, 0x9
;;    8e: jmp $+0x16
;;    93: mov ebx, eax
;;    95: mov rdi, rbp
;;    98: lea rsi, qword [rip - 0xc]
;;    9f: and rsp, -0x10
;;    a3: call qword [r14 + 0x30]
;;    a7: mov eax, ebx
;;    a9: mov rsp, qword [r13 + 0x8]
;;    ad: ret

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
;; function 1 (208 bytes, calls [CallReloc { offset: 48, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x7c
;;    20: stp xzr, xzr, [x29, #-0x20]
;;    24: ldur w25, [x29, #-0x20]
;;    28: ldur w23, [x29, #-0x18]
;;    2c: str w25, [sp]
;;    30: bl $+0x0
;;    34: ldur w25, [x29, #-0x20]
;;    38: mov w16, #0x3
;;    3c: mul w24, w25, w16
;;    40: stur w24, [x29, #-0x10]
;;    44: ldur w23, [x29, #-0x18]
;;    48: add w23, w23, w24
;;    4c: stur w23, [x29, #-0x18]
;;    50: sub w25, w25, #0x1
;;    54: stur w25, [x29, #-0x20]
;;    58: cbnz w25, $-0x2c
;;    5c: ldr w22, [x29, #0x10]
;;    60: lsl w24, w22, #0x1
;;    64: add w23, w23, w24
;;    68: add w25, w25, #0x1
;;    6c: cmp w25, w22
;;    70: b.lo $-0x10
;;    74: stur w25, [x29, #-0x20]
;;    78: stur w24, [x29, #-0x10]
;;    7c: stur w23, [x29, #-0x18]
;;    80: str w22, [x29, #0x10]
;;    84: add w23, w23, w24
;;    88: mov w0, w23
;;    8c: mov sp, x29
;;    90: ldp x29, x30, [sp], #0x10
;;    94: ret
;;    98: mov w0, #0x9
;;    9c: b $+0x24
;;    a0: mov w19, w0
;;    a4: mov x0, x29
;;    a8: adr x1, $-0x8
;;    ac: mov x16, sp
;;    b0: and sp, x16, #0xfffffffffffffff0
;;    b4: ldr x17, [x28, #0x30]
;;    b8: blr x17
;;    bc: mov w0, w19
;;    c0: ldr x16, [x26, #0x8]
;;    c4: ldr x17, [x16]
;;    c8: add sp, x16, #0x10
;;    cc: br x17
