;; Branches out of nested blocks and a loop, with early return.
(module (func (param i32) (result i32) (local i32)
  (block $out (loop $top
    (block $skip
      (br_if $skip (i32.and (local.get 0) (i32.const 1)))
      (local.set 1 (i32.add (local.get 1) (local.get 0))))
    (br_if $out (i32.gt_u (local.get 1) (i32.const 1000)))
    (local.set 0 (i32.add (local.get 0) (i32.const 1)))
    (br $top)))
  (local.get 1)))

;; ==== x64 ====
;; function 0 (136 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x46
;;    1d: xorps xmm0, xmm0
;;    21: movq qword [rbp - 0x10], xmm0
;;    26: mov dword [rbp + 0x10], esi
;;    29: mov r12d, dword [rbp - 0x10]
;;    2d: test esi, 0x1
;;    34: jnz $+0x3
;;    3a: add r12d, esi
;;    3d: cmp r12d, 0x3e8
;;    44: jna $+0xc
;;    4a: mov dword [rbp + 0x10], esi
;;    4d: mov dword [rbp - 0x10], r12d
;;    51: jmp $+0x5
;;    56: add esi, 0x1
;;    59: jmp $-0x2e
;;    5b: mov eax, dword [rbp - 0x10]
;;    5e: mov rsp, rbp
;;    61: pop rbp
;;    62: ret
;;    63: mov eax, 0x9
;;    68: jmp $+0x16
;;    6d: mov ebx, eax
;;    6f: mov rdi, rbp
;;    72: lea rsi, qword [rip - 0xc]
;;    79: and rsp, -0x10
;;    7d: call qword [r14 + 0x30]
;;    81: mov eax, ebx
;;    83: mov rsp, qword [r13 + 0x8]
;;    87: ret

;; ==== aarch64 ====
;; function 0 (160 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x48
;;    24: stur xzr, [x29, #-0x10]
;;    28: str w0, [x29, #0x10]
;;    2c: ldur w25, [x29, #-0x10]
;;    30: tst w0, #0x1
;;    34: b.ne $+0x8
;;    38: add w25, w25, w0
;;    3c: cmp w25, #0x3e8
;;    40: b.ls $+0x10
;;    44: str w0, [x29, #0x10]
;;    48: stur w25, [x29, #-0x10]
;;    4c: b $+0xc
;;    50: add w0, w0, #0x1
;;    54: b $-0x24
;;    58: ldur w0, [x29, #-0x10]
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, #0x9
;;    6c: b $+0x24
;;    70: mov w19, w0
;;    74: mov x0, x29
;;    78: adr x1, $-0x8
;;    7c: mov x16, sp
;;    80: and sp, x16, #0xfffffffffffffff0
;;    84: ldr x17, [x28, #0x30]
;;    88: blr x17
;;    8c: mov w0, w19
;;    90: ldr x16, [x26, #0x8]
;;    94: ldr x17, [x16]
;;    98: add sp, x16, #0x10
;;    9c: br x17
