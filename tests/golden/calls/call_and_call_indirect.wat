;; A direct call (patched by the linker) and call_indirect (bounds, null and signature checks).
(module (type $t (func (param i32) (result i32))) (table 1 funcref)
  (func $f (param i32) (result i32) (call_indirect (type $t) (local.get 0) (i32.const 0)))
  (func (result i32) (call $f (i32.const 5))))

;; ==== x64 ====
;; function 0 (221 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x7d
;;    1d: xor ebx, ebx
;;    20: mov dword [rsp], esi
;;    23: mov dword [rbp + 0x10], esi
;;    26: mov rsi, qword [r14 + 0x58]
;;    2a: cmp ebx, dword [rsi + 0x8]
;;    2d: jnb $+0x71
;;    33: mov rsi, qword [rsi]
;;    36: shl rbx, 0x3
;;    3a: add rbx, rsi
;;    3d: mov rsi, qword [rbx]
;;    40: test rsi, rsi
;;    43: jz $+0x2f
;;    49: mov ebx, dword [r14 + 0x40]
;;    4d: cmp ebx, dword [rsi + 0x10]
;;    50: jnz $+0x62
;;    56: mov rax, r14
;;    59: mov r14, qword [rsi + 0x8]
;;    5d: mov r15, qword [r14]
;;    60: mov rsi, qword [rsi]
;;    63: call rsi
;;    66: mov r14, qword [rbp - 0x8]
;;    6a: mov r15, qword [r14]
;;    6d: mov ebx, eax
;;    70: mov eax, ebx
;;    73: mov rsp, rbp
;;    76: pop rbp
;;    77: ret
;;    78: push rbx
;;    7a: push 0x12000000
;;    7f: call qword [r14 + 0x38]
;;    87: lea rsp, qword [rsp + 0x10]
;;    8c: mov rsi, qword [rbx]
;;    8f: test rsi, rsi
;;    92: jz $+0x16
;;    98: jmp $-0x51
;;    9a: mov eax, 0x9
;;    9f: jmp $+0x34
;;    a4: mov eax, 0x6
;;    a9: jmp $+0x14
;;    ae: mov eax, 0x7
;;    b3: jmp $+0xa
;;    b8: mov eax, 0x8
;;    bd: jmp $+0x0
;;    c2: mov ebx, eax
;;    c4: mov rdi, rbp
;;    c7: lea rsi, qword [rip - 0xc]
;;    ce: and rsp, -0x10
;;    d2: call qword [r14 + 0x30]
;;    d6: mov eax, ebx
;;    d8: mov rsp, qword [r13 + 0x8]
;;    dc: ret
;;
;; function 1 (84 bytes, calls [CallReloc { offset: 32, callee: 0 }])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x16
;;    19: mov esi, 0x5
;;    1f: call $+0x0
;;    24: mov ebx, eax
;;    27: mov eax, ebx
;;    2a: mov rsp, rbp
;;    2d: pop rbp
;;    2e: ret
;;    2f: mov eax, 0x9
;;    34: jmp $+0x16
;;    39: mov ebx, eax
;;    3b: mov rdi, rbp
;;    3e: lea rsi, qword [rip - 0xc]
;;    45: and rsp, -0x10
;;    49: call qword [r14 + 0x30]
;;    4d: mov eax, ebx
;;    4f: mov rsp, qword [r13 + 0x8]
;;    53: ret

;; ==== aarch64 ====
;; function 0 (260 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x94
;;    24: mov w1, #0x0
;;    28: str w0, [sp]
;;    2c: str w0, [x29, #0x10]
;;    30: ldr x0, [x28, #0x58]
;;    34: ldr w16, [x0, #0x8]
;;    38: cmp w1, w16
;;    3c: b.hs $+0x80
;;    40: ldr x0, [x0]
;;    44: lsl x1, x1, #0x3
;;    48: add x1, x1, x0
;;    4c: ldr x0, [x1]
;;    50: cbz x0, $+0x44
;;    54: ldr w1, [x28, #0x40]
;;    58: ldr w16, [x0, #0x10]
;;    5c: cmp w1, w16
;;    60: b.ne $+0x6c
;;    64: mov x15, x28
;;    68: ldr x28, [x0, #0x8]
;;    6c: ldr x27, [x28]
;;    70: ldr x0, [x0]
;;    74: blr x0
;;    78: ldur x28, [x29, #-0x8]
;;    7c: ldr x27, [x28]
;;    80: mov w0, w0
;;    84: mov w0, w0
;;    88: mov sp, x29
;;    8c: ldp x29, x30, [sp], #0x10
;;    90: ret
;;    94: mov w16, #0x12000000
;;    98: stp x1, x16, [sp, #-0x10]!
;;    9c: ldr x16, [x28, #0x38]
;;    a0: blr x16
;;    a4: add sp, sp, #0x10
;;    a8: ldr x0, [x1]
;;    ac: cbz x0, $+0x18
;;    b0: b $-0x5c
;;    b4: mov w0, #0x9
;;    b8: b $+0x3c
;;    bc: mov w0, #0x6
;;    c0: b $+0x14
;;    c4: mov w0, #0x7
;;    c8: b $+0xc
;;    cc: mov w0, #0x8
;;    d0: b $+0x4
;;    d4: mov w19, w0
;;    d8: mov x0, x29
;;    dc: adr x1, $-0x8
;;    e0: mov x16, sp
;;    e4: and sp, x16, #0xfffffffffffffff0
;;    e8: ldr x17, [x28, #0x30]
;;    ec: blr x17
;;    f0: mov w0, w19
;;    f4: ldr x16, [x26, #0x8]
;;    f8: ldr x17, [x16]
;;    fc: add sp, x16, #0x10
;;   100: br x17
;;
;; function 1 (116 bytes, calls [CallReloc { offset: 36, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: mov w0, #0x5
;;    24: bl $+0x0
;;    28: mov w0, w0
;;    2c: mov w0, w0
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
