;; Results computed straight into the loop home of the local the next operator sets
;; (CodeGen::alloc_result, into_home_set_next): the load into $x's home, the comparison into
;; $c's, the sum of two temporaries into $s's (x86-64 `lea`), and `s = e + s` with the
;; operands traded so the sum lands in $s's home; no copy follows any of them.
(module
  (memory 1)
  (func (param $n i32) (result i32) (local $x i32) (local $c i32) (local $s i32) (local $i i32)
    (loop $l
      (local.set $x (i32.load offset=8 (local.get $i)))
      (local.set $c (i32.lt_u (local.get $x) (local.get $n)))
      (local.set $s (i32.add (i32.mul (local.get $x) (local.get $c)) (i32.shl (local.get $i) (i32.const 4))))
      (local.set $s (i32.add (i32.and (local.get $x) (i32.const 255)) (local.get $s)))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (local.get $s) (local.get $c))))

;; ==== x64 ====
;; function 0 (145 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x53
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x28], xmm0
;;    22: mov r12d, dword [rbp - 0x28]
;;    26: mov r9d, dword [rbp + 0x10]
;;    2a: mov r11d, dword [r15 + r12 * 1 + 0x8]
;;    2f: cmp r11d, r9d
;;    32: setb r8b
;;    36: movzx r8d, r8b
;;    3a: mov ebx, r11d
;;    3d: imul ebx, r8d
;;    41: mov esi, r12d
;;    44: shl esi, 0x4
;;    48: lea r10d, dword [rbx + rsi * 1]
;;    4c: mov ebx, r11d
;;    4f: and ebx, 0xff
;;    55: add r10d, ebx
;;    58: add r12d, 0x4
;;    5c: cmp r12d, r9d
;;    5f: jb $-0x37
;;    61: add r10d, r8d
;;    64: mov eax, r10d
;;    67: mov rsp, rbp
;;    6a: pop rbp
;;    6b: ret
;;    6c: mov eax, 0x9
;;    71: jmp $+0x16
;;    76: mov ebx, eax
;;    78: mov rdi, rbp
;;    7b: lea rsi, qword [rip - 0xc]
;;    82: and rsp, -0x10
;;    86: call qword [r14 + 0x30]
;;    8a: mov eax, ebx
;;    8c: mov rsp, qword [r13 + 0x8]
;;    90: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x54
;;    20: stur xzr, [x29, #-0x28]
;;    24: ldur w25, [x29, #-0x28]
;;    28: ldr w22, [x29, #0x10]
;;    2c: add x16, x25, #0x8
;;    30: ldr w24, [x27, x16]
;;    34: cmp w24, w22
;;    38: cset w21, lo
;;    3c: mul w0, w24, w21
;;    40: lsl w1, w25, #0x4
;;    44: add w23, w0, w1
;;    48: and w0, w24, #0xff
;;    4c: add w23, w23, w0
;;    50: add w25, w25, #0x4
;;    54: cmp w25, w22
;;    58: b.lo $-0x2c
;;    5c: add w23, w23, w21
;;    60: mov w0, w23
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, #0x9
;;    74: b $+0x24
;;    78: mov w19, w0
;;    7c: mov x0, x29
;;    80: adr x1, $-0x8
;;    84: mov x16, sp
;;    88: and sp, x16, #0xfffffffffffffff0
;;    8c: ldr x17, [x28, #0x30]
;;    90: blr x17
;;    94: mov w0, w19
;;    98: ldr x16, [x26, #0x8]
;;    9c: ldr x17, [x16]
;;    a0: add sp, x16, #0x10
;;    a4: br x17
