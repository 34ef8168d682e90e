;;! gc
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
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr w0, [x29, #0x10]
;;    24: lsl w0, w0, #0x1
;;    28: orr w0, w0, #0x1
;;    2c: cbz x0, $+0x20
;;    30: asr w0, w0, #0x1
;;    34: mov w0, w0
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x2c
;;    4c: mov w0, #0x12
;;    50: b $+0x4
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
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
