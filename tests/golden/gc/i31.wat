;; ref.i31 shifts the 32-bit value left and sets the low bit (32-bit operations, which
;; zero-extend); i31.get_s/u test for null (trap "null i31 reference") and shift right.
(module
  (func (export "get_s") (param i32) (result i32) (i31.get_s (ref.i31 (local.get 0))))
  (func (export "get_u") (param i31ref) (result i32) (i31.get_u (local.get 0))))

;; ==== x64 ====
;; function 0 (103 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1f
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: shl ebx, 0x1
;;    20: or ebx, 0x1
;;    23: test rbx, rbx
;;    26: jz $+0x16
;;    2c: sar ebx, 0x1
;;    30: mov eax, ebx
;;    33: mov rsp, rbp
;;    36: pop rbp
;;    37: ret
;;    38: mov eax, 0x9
;;    3d: jmp $+0x20
;;    42: mov eax, 0x12
;;    47: jmp $+0x0
;;    4c: mov ebx, eax
;;    4e: mov rdi, rbp
;;    51: lea rsi, qword [rip - 0xc]
;;    58: and rsp, -0x10
;;    5c: call qword [r14 + 0x30]
;;    60: mov eax, ebx
;;    62: mov rsp, qword [r13 + 0x8]
;;    66: ret
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
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x28
;;    24: ldr w0, [x29, #0x10]
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
;; function 1 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x20
;;    24: ldr x0, [x29, #0x10]
;;    28: cbz x0, $+0x20
;;    2c: lsr w0, w0, #0x1
;;    30: mov w0, w0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x2c
;;    48: mov w0, #0x12
;;    4c: b $+0x4
;;    50: mov w19, w0
;;    54: mov x0, x29
;;    58: adr x1, $-0x8
;;    5c: mov x16, sp
;;    60: and sp, x16, #0xfffffffffffffff0
;;    64: ldr x17, [x28, #0x30]
;;    68: blr x17
;;    6c: mov w0, w19
;;    70: ldr x16, [x26, #0x8]
;;    74: ldr x17, [x16]
;;    78: add sp, x16, #0x10
;;    7c: br x17
