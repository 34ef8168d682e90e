;;! gc
;; ref.i31 shifts the 32-bit value left and sets the low bit (32-bit operations, which
;; zero-extend); i31.get_s/u test for null (trap "null i31 reference") and shift right.
(module
  (func (export "get_s") (param i32) (result i32) (i31.get_s (ref.i31 (local.get 0))))
  (func (export "get_u") (param i31ref) (result i32) (i31.get_u (local.get 0))))

;; ==== x64 ====
;; function 0 (107 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x1f
;;    1d: mov dword [rbp + 0x10], esi
;;    20: shl esi, 0x1
;;    24: or esi, 0x1
;;    27: test rsi, rsi
;;    2a: jz $+0x16
;;    30: sar esi, 0x1
;;    34: mov eax, esi
;;    37: mov rsp, rbp
;;    3a: pop rbp
;;    3b: ret
;;    3c: mov eax, 0x9
;;    41: jmp $+0x20
;;    46: mov eax, 0x12
;;    4b: jmp $+0x0
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret
;;
;; function 1 (97 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x19
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x16
;;    26: shr ebx, 0x1
;;    2a: mov eax, ebx
;;    2d: mov rsp, rbp
;;    30: pop rbp
;;    31: ret
;;    32: mov eax, 0x9
;;    37: jmp $+0x20
;;    3c: mov eax, 0x12
;;    41: jmp $+0x0
;;    46: mov ebx, eax
;;    48: mov rdi, rbp
;;    4b: lea rsi, qword [rip - 0xc]
;;    52: and rsp, -0x10
;;    56: call qword [r14 + 0x30]
;;    5a: mov eax, ebx
;;    5c: mov rsp, qword [r13 + 0x8]
;;    60: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x28
;;    24: str w0, [x29, #0x10]
;;    28: lsl w0, w0, #0x1
;;    2c: orr w0, w0, #0x1
;;    30: cbz x0, $+0x20
;;    34: asr w0, w0, #0x1
;;    38: mov w0, w0
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x2c
;;    50: mov w0, #0x12
;;    54: b $+0x4
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
;;
;; function 1 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x20
;;    28: lsr w0, w0, #0x1
;;    2c: mov w0, w0
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x2c
;;    44: mov w0, #0x12
;;    48: b $+0x4
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
