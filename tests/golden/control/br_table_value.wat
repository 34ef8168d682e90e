;; br_table carrying a value to its targets.
(module (func (param i32 i32) (result i32)
  (block (result i32) (block (result i32)
    (br_table 0 1 0 (local.get 1) (local.get 0)))
    (i32.add (i32.const 1)))))

;; ==== x64 ====
;; function 0 (145 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x53
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: cmp ebx, 0x2
;;    23: jnb $+0x1f
;;    29: lea rax, qword [rip + 0x8]
;;    30: lea rax, qword [rax + rbx * 8]
;;    34: jmp rax
;;    36: nop
;;    37: nop
;;    38: jmp $+0xb
;;    3d: int 0x3
;;    3e: int 0x3
;;    3f: int 0x3
;;    40: jmp $+0xb
;;    45: int 0x3
;;    46: int 0x3
;;    47: int 0x3
;;    48: mov eax, dword [rbp + 0x18]
;;    4b: jmp $+0x8
;;    50: mov eax, dword [rbp + 0x18]
;;    53: jmp $+0x9
;;    58: mov ebx, eax
;;    5b: add ebx, 0x1
;;    5e: mov eax, ebx
;;    61: mov ebx, eax
;;    64: mov eax, ebx
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
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x54
;;    20: ldr w0, [x29, #0x10]
;;    24: cmp w0, #0x2
;;    28: b.hs $+0x18
;;    2c: adr x16, $+0xc
;;    30: add x16, x16, x0, lsl #2
;;    34: br x16
;;    38: b $+0x8
;;    3c: b $+0xc
;;    40: ldr w15, [x29, #0x18]
;;    44: b $+0xc
;;    48: ldr w15, [x29, #0x18]
;;    4c: b $+0x10
;;    50: mov w0, w15
;;    54: add w0, w0, #0x1
;;    58: mov w15, w0
;;    5c: mov w0, w15
;;    60: mov w0, w0
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
