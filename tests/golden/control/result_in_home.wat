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
;; function 0 (148 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x40
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x52
;;    1d: xorps xmm0, xmm0
;;    21: movq qword [rbp - 0x28], xmm0
;;    26: mov dword [rbp + 0x10], esi
;;    29: mov r12d, dword [rbp - 0x28]
;;    2d: mov r11d, dword [r15 + r12 * 1 + 0x8]
;;    32: cmp r11d, esi
;;    35: setb r9b
;;    39: movzx r9d, r9b
;;    3d: mov ebx, r11d
;;    40: imul ebx, r9d
;;    44: mov edi, r12d
;;    47: shl edi, 0x4
;;    4b: lea r10d, dword [rbx + rdi * 1]
;;    4f: mov ebx, r11d
;;    52: and ebx, 0xff
;;    58: add r10d, ebx
;;    5b: add r12d, 0x4
;;    5f: cmp r12d, esi
;;    62: jb $-0x37
;;    64: add r10d, r9d
;;    67: mov eax, r10d
;;    6a: mov rsp, rbp
;;    6d: pop rbp
;;    6e: ret
;;    6f: mov eax, 0x9
;;    74: jmp $+0x16
;;    79: mov ebx, eax
;;    7b: mov rdi, rbp
;;    7e: lea rsi, qword [rip - 0xc]
;;    85: and rsp, -0x10
;;    89: call qword [r14 + 0x30]
;;    8d: mov eax, ebx
;;    8f: mov rsp, qword [r13 + 0x8]
;;    93: ret

;; ==== aarch64 ====
;; function 0 (172 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x40
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x54
;;    24: stur xzr, [x29, #-0x28]
;;    28: str w0, [x29, #0x10]
;;    2c: ldur w25, [x29, #-0x28]
;;    30: add x16, x25, #0x8
;;    34: ldr w24, [x27, x16]
;;    38: cmp w24, w0
;;    3c: cset w22, lo
;;    40: mul w1, w24, w22
;;    44: lsl w2, w25, #0x4
;;    48: add w23, w1, w2
;;    4c: and w1, w24, #0xff
;;    50: add w23, w23, w1
;;    54: add w25, w25, #0x4
;;    58: cmp w25, w0
;;    5c: b.lo $-0x2c
;;    60: add w23, w23, w22
;;    64: mov w0, w23
;;    68: mov sp, x29
;;    6c: ldp x29, x30, [sp], #0x10
;;    70: ret
;;    74: mov w0, #0x9
;;    78: b $+0x24
;;    7c: mov w19, w0
;;    80: mov x0, x29
;;    84: adr x1, $-0x8
;;    88: mov x16, sp
;;    8c: and sp, x16, #0xfffffffffffffff0
;;    90: ldr x17, [x28, #0x30]
;;    94: blr x17
;;    98: mov w0, w19
;;    9c: ldr x16, [x26, #0x8]
;;    a0: ldr x17, [x16]
;;    a4: add sp, x16, #0x10
;;    a8: br x17
