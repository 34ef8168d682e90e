;; A direct call (patched by the linker) and call_indirect (bounds, null and signature checks).
(module (type $t (func (param i32) (result i32))) (table 1 funcref)
  (func $f (param i32) (result i32) (call_indirect (type $t) (local.get 0) (i32.const 0)))
  (func (result i32) (call $f (i32.const 5))))

;; ==== x64 ====
;; function 0 (217 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x7d
;;    19: xor ebx, ebx
;;    1c: mov eax, dword [rbp + 0x10]
;;    1f: mov dword [rsp], eax
;;    22: mov rsi, qword [r14 + 0x58]
;;    26: cmp ebx, dword [rsi + 0x8]
;;    29: jnb $+0x71
;;    2f: mov rsi, qword [rsi]
;;    32: shl rbx, 0x3
;;    36: add rbx, rsi
;;    39: mov rsi, qword [rbx]
;;    3c: test rsi, rsi
;;    3f: jz $+0x2f
;;    45: mov ebx, dword [r14 + 0x40]
;;    49: cmp ebx, dword [rsi + 0x10]
;;    4c: jnz $+0x62
;;    52: mov rax, r14
;;    55: mov r14, qword [rsi + 0x8]
;;    59: mov r15, qword [r14]
;;    5c: mov rsi, qword [rsi]
;;    5f: call rsi
;;    62: mov r14, qword [rbp - 0x8]
;;    66: mov r15, qword [r14]
;;    69: mov ebx, eax
;;    6c: mov eax, ebx
;;    6f: mov rsp, rbp
;;    72: pop rbp
;;    73: ret
;;    74: push rbx
;;    76: push 0x12000000
;;    7b: call qword [r14 + 0x38]
;;    83: lea rsp, qword [rsp + 0x10]
;;    88: mov rsi, qword [rbx]
;;    8b: test rsi, rsi
;;    8e: jz $+0x16
;;    94: jmp $-0x51
;;    96: mov eax, 0x9
;;    9b: jmp $+0x34
;;    a0: mov eax, 0x6
;;    a5: jmp $+0x14
;;    aa: mov eax, 0x7
;;    af: jmp $+0xa
;;    b4: mov eax, 0x8
;;    b9: jmp $+0x0
;;    be: mov ebx, eax
;;    c0: mov rdi, rbp
;;    c3: lea rsi, qword [rip - 0xc]
;;    ca: and rsp, -0x10
;;    ce: call qword [r14 + 0x30]
;;    d2: mov eax, ebx
;;    d4: mov rsp, qword [r13 + 0x8]
;;    d8: ret
;;
;; function 1 (85 bytes, calls [CallReloc { offset: 33, callee: 0 }])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x17
;;    19: mov dword [rsp], 0x5
;;    20: call $+0x0
;;    25: mov ebx, eax
;;    28: mov eax, ebx
;;    2b: mov rsp, rbp
;;    2e: pop rbp
;;    2f: ret
;;    30: mov eax, 0x9
;;    35: jmp $+0x16
;;    3a: mov ebx, eax
;;    3c: mov rdi, rbp
;;    3f: lea rsi, qword [rip - 0xc]
;;    46: and rsp, -0x10
;;    4a: call qword [r14 + 0x30]
;;    4e: mov eax, ebx
;;    50: mov rsp, qword [r13 + 0x8]
;;    54: ret

;; ==== aarch64 ====
;; function 0 (256 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x94
;;    20: mov w0, #0x0
;;    24: ldr w16, [x29, #0x10]
;;    28: str w16, [sp]
;;    2c: ldr x1, [x28, #0x58]
;;    30: ldr w16, [x1, #0x8]
;;    34: cmp w0, w16
;;    38: b.hs $+0x80
;;    3c: ldr x1, [x1]
;;    40: lsl x0, x0, #0x3
;;    44: add x0, x0, x1
;;    48: ldr x1, [x0]
;;    4c: cbz x1, $+0x44
;;    50: ldr w0, [x28, #0x40]
;;    54: ldr w16, [x1, #0x10]
;;    58: cmp w0, w16
;;    5c: b.ne $+0x6c
;;    60: mov x15, x28
;;    64: ldr x28, [x1, #0x8]
;;    68: ldr x27, [x28]
;;    6c: ldr x1, [x1]
;;    70: blr x1
;;    74: ldur x28, [x29, #-0x8]
;;    78: ldr x27, [x28]
;;    7c: mov w0, w0
;;    80: mov w0, w0
;;    84: mov sp, x29
;;    88: ldp x29, x30, [sp], #0x10
;;    8c: ret
;;    90: mov w16, #0x12000000
;;    94: stp x0, x16, [sp, #-0x10]!
;;    98: ldr x16, [x28, #0x38]
;;    9c: blr x16
;;    a0: add sp, sp, #0x10
;;    a4: ldr x1, [x0]
;;    a8: cbz x1, $+0x18
;;    ac: b $-0x5c
;;    b0: mov w0, #0x9
;;    b4: b $+0x3c
;;    b8: mov w0, #0x6
;;    bc: b $+0x14
;;    c0: mov w0, #0x7
;;    c4: b $+0xc
;;    c8: mov w0, #0x8
;;    cc: b $+0x4
;;    d0: mov w19, w0
;;    d4: mov x0, x29
;;    d8: adr x1, $-0x8
;;    dc: mov x16, sp
;;    e0: and sp, x16, #0xfffffffffffffff0
;;    e4: ldr x17, [x28, #0x30]
;;    e8: blr x17
;;    ec: mov w0, w19
;;    f0: ldr x16, [x26, #0x8]
;;    f4: ldr x17, [x16]
;;    f8: add sp, x16, #0x10
;;    fc: br x17
;;
;; function 1 (120 bytes, calls [CallReloc { offset: 40, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: mov w16, #0x5
;;    24: str w16, [sp]
;;    28: bl $+0x0
;;    2c: mov w0, w0
;;    30: mov w0, w0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
