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
;; function 0 (135 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x49
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: mov r12d, dword [rbp + 0x10]
;;    26: mov r11d, dword [rbp - 0x10]
;;    2a: test r12d, 0x1
;;    31: jnz $+0x3
;;    37: add r11d, r12d
;;    3a: cmp r11d, 0x3e8
;;    41: jna $+0xd
;;    47: mov dword [rbp + 0x10], r12d
;;    4b: mov dword [rbp - 0x10], r11d
;;    4f: jmp $+0x6
;;    54: add r12d, 0x1
;;    58: jmp $-0x30
;;    5a: mov eax, dword [rbp - 0x10]
;;    5d: mov rsp, rbp
;;    60: pop rbp
;;    61: ret
;;    62: mov eax, 0x9
;;    67: jmp $+0x16
;;    6c: mov ebx, eax
;;    6e: mov rdi, rbp
;;    71: lea rsi, qword [rip - 0xc]
;;    78: and rsp, -0x10
;;    7c: call qword [r14 + 0x30]
;;    80: mov eax, ebx
;;    82: mov rsp, qword [r13 + 0x8]
;;    86: ret

;; ==== aarch64 ====
;; function 0 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x48
;;    20: stur xzr, [x29, #-0x10]
;;    24: ldr w25, [x29, #0x10]
;;    28: ldur w24, [x29, #-0x10]
;;    2c: tst w25, #0x1
;;    30: b.ne $+0x8
;;    34: add w24, w24, w25
;;    38: cmp w24, #0x3e8
;;    3c: b.ls $+0x10
;;    40: str w25, [x29, #0x10]
;;    44: stur w24, [x29, #-0x10]
;;    48: b $+0xc
;;    4c: add w25, w25, #0x1
;;    50: b $-0x24
;;    54: ldur w0, [x29, #-0x10]
;;    58: mov sp, x29
;;    5c: ldp x29, x30, [sp], #0x10
;;    60: ret
;;    64: mov w0, #0x9
;;    68: b $+0x24
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
