;; A counting loop whose locals are homed in registers.
(module (func (param i32) (result i64) (local i64)
  (block (loop
    (br_if 1 (i32.eqz (local.get 0)))
    (local.set 1 (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
    (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
    (br 0)))
  (local.get 1)))

;; ==== x64 ====
;; function 0 (125 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3f
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: mov r12d, dword [rbp + 0x10]
;;    26: mov r11, qword [rbp - 0x10]
;;    2a: test r12d, r12d
;;    2d: jnz $+0xd
;;    33: mov dword [rbp + 0x10], r12d
;;    37: mov qword [rbp - 0x10], r11
;;    3b: jmp $+0xf
;;    40: mov ebx, r12d
;;    43: mov ebx, ebx
;;    46: add r11, rbx
;;    49: sub r12d, 0x1
;;    4d: jmp $-0x25
;;    4f: mov rax, qword [rbp - 0x10]
;;    53: mov rsp, rbp
;;    56: pop rbp
;;    57: ret
;;    58: mov eax, 0x9
;;    5d: jmp $+0x16
;;    62: mov ebx, eax
;;    64: mov rdi, rbp
;;    67: lea rsi, qword [rip - 0xc]
;;    6e: and rsp, -0x10
;;    72: call qword [r14 + 0x30]
;;    76: mov eax, ebx
;;    78: mov rsp, qword [r13 + 0x8]
;;    7c: ret

;; ==== aarch64 ====
;; function 0 (160 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x48
;;    24: stur xzr, [x29, #-0x10]
;;    28: ldr w25, [x29, #0x10]
;;    2c: ldur x24, [x29, #-0x10]
;;    30: cmp w25, #0x0
;;    34: b.ne $+0x10
;;    38: str w25, [x29, #0x10]
;;    3c: stur x24, [x29, #-0x10]
;;    40: b $+0x18
;;    44: mov w0, w25
;;    48: mov w0, w0
;;    4c: add x24, x24, x0
;;    50: sub w25, w25, #0x1
;;    54: b $-0x24
;;    58: ldur x0, [x29, #-0x10]
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
