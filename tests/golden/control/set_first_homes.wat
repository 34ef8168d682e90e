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
;; function 0 (71 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x5
;;    1d: mov rsp, rbp
;;    20: pop rbp
;;    21: ret
;;    22: mov eax, 0x9
;;    27: jmp $+0x16
;;    2c: mov ebx, eax
;;    2e: mov rdi, rbp
;;    31: lea rsi, qword [rip - 0xc]
;;    38: and rsp, -0x10
;;    3c: call qword [r14 + 0x30]
;;    40: mov eax, ebx
;;    42: mov rsp, qword [r13 + 0x8]
;;    46: ret
;;
;; function 1 (172 bytes, calls [CallReloc { offset: 60, callee: 0 }])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x40
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x6a
;;    1d: xorps xmm0, xmm0
;;    21: movups xmmword [rbp - 0x20], xmm0
;;    25: mov dword [rbp + 0x10], esi
;;    28: mov r12d, dword [rbp - 0x20]
;;    2c: mov r10d, dword [rbp - 0x18]
;;    30: mov dword [rbp - 0x18], r10d
;;    34: mov dword [rbp - 0x20], r12d
;;    38: mov esi, r12d
;;    3b: call $+0x0
;;    40: mov r12d, dword [rbp - 0x20]
;;    44: imul r11d, r12d, 0x3
;;    4b: mov r10d, dword [rbp - 0x18]
;;    4f: add r10d, r11d
;;    52: sub r12d, 0x1
;;    56: test r12d, r12d
;;    59: jnz $-0x2b
;;    5b: mov dword [rbp - 0x18], r10d
;;    5f: mov dword [rbp - 0x10], r11d
;;    63: mov dword [rbp - 0x20], r12d
;;    67: mov r9d, dword [rbp + 0x10]
;;    6b: lea r11d, dword [r9 + r9 * 1]
;;    70: add r10d, r11d
;;    73: add r12d, 0x1
;;    77: cmp r12d, r9d
;;    7a: jb $-0x11
;;    7c: add r10d, r11d
;;    7f: mov eax, r10d
;;    82: mov rsp, rbp
;;    85: pop rbp
;;    86: ret
;;    87: mov eax, 0x9
;;    8c: jmp $+0x16
;;    91: mov ebx, eax
;;    93: mov rdi, rbp
;;    96: lea rsi, qword [rip - 0xc]
;;    9d: and rsp, -0x10
;;    a1: call qword [r14 + 0x30]
;;    a5: mov eax, ebx
;;    a7: mov rsp, qword [r13 + 0x8]
;;    ab: ret

;; ==== aarch64 ====
;; function 0 (104 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
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
;; function 1 (208 bytes, calls [CallReloc { offset: 64, callee: 0 }])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x40
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x78
;;    24: stp xzr, xzr, [x29, #-0x20]
;;    28: str w0, [x29, #0x10]
;;    2c: ldur w25, [x29, #-0x20]
;;    30: ldur w23, [x29, #-0x18]
;;    34: stur w23, [x29, #-0x18]
;;    38: stur w25, [x29, #-0x20]
;;    3c: mov w0, w25
;;    40: bl $+0x0
;;    44: ldur w25, [x29, #-0x20]
;;    48: mov w16, #0x3
;;    4c: mul w24, w25, w16
;;    50: ldur w23, [x29, #-0x18]
;;    54: add w23, w23, w24
;;    58: sub w25, w25, #0x1
;;    5c: cbnz w25, $-0x28
;;    60: stur w23, [x29, #-0x18]
;;    64: stur w24, [x29, #-0x10]
;;    68: stur w25, [x29, #-0x20]
;;    6c: ldr w22, [x29, #0x10]
;;    70: lsl w24, w22, #0x1
;;    74: add w23, w23, w24
;;    78: add w25, w25, #0x1
;;    7c: cmp w25, w22
;;    80: b.lo $-0x10
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
