;; br_table carrying a value to its targets.
(module (func (param i32 i32) (result i32)
  (block (result i32) (block (result i32)
    (br_table 0 1 0 (local.get 1) (local.get 0)))
    (i32.add (i32.const 1)))))

;; ==== x64 ====
;; function 0 (148 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x56
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
;;    40: jmp $+0xe
;;    45: int 0x3
;;    46: int 0x3
;;    47: int 0x3
;;    48: mov eax, dword [rbp + 0x18]
;;    4b: mov dword [rbp - 0x10], eax
;;    4e: jmp $+0xb
;;    53: mov eax, dword [rbp + 0x18]
;;    56: mov dword [rbp - 0x10], eax
;;    59: jmp $+0x9
;;    5e: mov ebx, dword [rbp - 0x10]
;;    61: add ebx, 0x1
;;    64: mov dword [rbp - 0x10], ebx
;;    67: mov eax, dword [rbp - 0x10]
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
;; function 0 (176 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x58
;;    24: ldr w0, [x29, #0x10]
;;    28: cmp w0, #0x2
;;    2c: b.hs $+0x18
;;    30: adr x16, $+0xc
;;    34: add x16, x16, x0, lsl #2
;;    38: br x16
;;    3c: b $+0x8
;;    40: b $+0x10
;;    44: ldr w16, [x29, #0x18]
;;    48: stur w16, [x29, #-0x10]
;;    4c: b $+0x10
;;    50: ldr w16, [x29, #0x18]
;;    54: stur w16, [x29, #-0x10]
;;    58: b $+0x10
;;    5c: ldur w0, [x29, #-0x10]
;;    60: add w0, w0, #0x1
;;    64: stur w0, [x29, #-0x10]
;;    68: ldur w0, [x29, #-0x10]
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: mov w0, #0x9
;;    7c: b $+0x24
;;    80: mov w19, w0
;;    84: mov x0, x29
;;    88: adr x1, $-0x8
;;    8c: mov x16, sp
;;    90: and sp, x16, #0xfffffffffffffff0
;;    94: ldr x17, [x28, #0x30]
;;    98: blr x17
;;    9c: mov w0, w19
;;    a0: ldr x16, [x26, #0x8]
;;    a4: ldr x17, [x16]
;;    a8: add sp, x16, #0x10
;;    ac: br x17
