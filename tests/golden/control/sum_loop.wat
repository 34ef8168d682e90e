;; A counting loop whose locals are homed in registers.
(module (func (param i32) (result i64) (local i64)
  (block (loop
    (br_if 1 (i32.eqz (local.get 0)))
    (local.set 1 (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
    (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
    (br 0)))
  (local.get 1)))

;; ==== x64 ====
;; function 0 (119 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x39
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: mov r12d, dword [rbp + 0x10]
;;    26: mov r11, qword [rbp - 0x10]
;;    2a: test r12d, r12d
;;    2d: jnz $+0xd
;;    33: mov dword [rbp + 0x10], r12d
;;    37: mov qword [rbp - 0x10], r11
;;    3b: jmp $+0x9
;;    40: add r11, r12
;;    43: sub r12d, 0x1
;;    47: jmp $-0x1f
;;    49: mov rax, qword [rbp - 0x10]
;;    4d: mov rsp, rbp
;;    50: pop rbp
;;    51: ret
;;    52: mov eax, 0x9
;;    57: jmp $+0x16
;;    5c: mov ebx, eax
;;    5e: mov rdi, rbp
;;    61: lea rsi, qword [rip - 0xc]
;;    68: and rsp, -0x10
;;    6c: call qword [r14 + 0x30]
;;    70: mov eax, ebx
;;    72: mov rsp, qword [r13 + 0x8]
;;    76: ret

;; ==== aarch64 ====
;; function 0 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x40
;;    20: stur xzr, [x29, #-0x10]
;;    24: ldr w25, [x29, #0x10]
;;    28: ldur x24, [x29, #-0x10]
;;    2c: cmp w25, #0x0
;;    30: b.ne $+0x10
;;    34: str w25, [x29, #0x10]
;;    38: stur x24, [x29, #-0x10]
;;    3c: b $+0x10
;;    40: add x24, x24, x25
;;    44: sub w25, w25, #0x1
;;    48: b $-0x1c
;;    4c: ldur x0, [x29, #-0x10]
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x24
;;    64: mov w19, w0
;;    68: mov x0, x29
;;    6c: adr x1, $-0x8
;;    70: mov x16, sp
;;    74: and sp, x16, #0xfffffffffffffff0
;;    78: ldr x17, [x28, #0x30]
;;    7c: blr x17
;;    80: mov w0, w19
;;    84: ldr x16, [x26, #0x8]
;;    88: ldr x17, [x16]
;;    8c: add sp, x16, #0x10
;;    90: br x17
