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
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x35
;;    1d: xorps xmm0, xmm0
;;    21: movq qword [rbp - 0x10], xmm0
;;    26: mov dword [rbp + 0x10], esi
;;    29: mov r12, qword [rbp - 0x10]
;;    2d: test esi, esi
;;    2f: jnz $+0xc
;;    35: mov dword [rbp + 0x10], esi
;;    38: mov qword [rbp - 0x10], r12
;;    3c: jmp $+0x8
;;    41: add r12, rsi
;;    44: sub esi, 0x1
;;    47: jmp $-0x1c
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
;; function 0 (152 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x40
;;    24: stur xzr, [x29, #-0x10]
;;    28: str w0, [x29, #0x10]
;;    2c: ldur x25, [x29, #-0x10]
;;    30: cmp w0, #0x0
;;    34: b.ne $+0x10
;;    38: str w0, [x29, #0x10]
;;    3c: stur x25, [x29, #-0x10]
;;    40: b $+0x10
;;    44: add x25, x25, x0
;;    48: sub w0, w0, #0x1
;;    4c: b $-0x1c
;;    50: ldur x0, [x29, #-0x10]
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov w0, #0x9
;;    64: b $+0x24
;;    68: mov w19, w0
;;    6c: mov x0, x29
;;    70: adr x1, $-0x8
;;    74: mov x16, sp
;;    78: and sp, x16, #0xfffffffffffffff0
;;    7c: ldr x17, [x28, #0x30]
;;    80: blr x17
;;    84: mov w0, w19
;;    88: ldr x16, [x26, #0x8]
;;    8c: ldr x17, [x16]
;;    90: add sp, x16, #0x10
;;    94: br x17
