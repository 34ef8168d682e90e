;; Calls passing function references: a test of the instance's `pinned` flag that falls
;; through, and cold code after the body: the runtime call (through a table, first a
;; comparison of the callee's vmctx with ours).
(module (type $take (func (param i32 funcref)))
  (import "lib" "take" (func $take (type $take)))
  (table 1 funcref)
  (func (param funcref)
    (call $take (i32.const 1) (local.get 0))
    (call_indirect (type $take) (i32.const 2) (local.get 0) (i32.const 0))))

;; ==== x64 ====
;; function 0 (305 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xd5
;;    19: mov dword [rsp], 0x1
;;    20: mov rax, qword [rbp + 0x10]
;;    24: mov qword [rsp + 0x8], rax
;;    29: mov rbx, qword [r14 + 0x48]
;;    2d: cmp dword [r14 + 0x14], 0x0
;;    32: jz $+0x81
;;    38: mov rax, r14
;;    3b: mov r14, qword [rbx + 0x8]
;;    3f: mov r15, qword [r14]
;;    42: mov rbx, qword [rbx]
;;    45: call rbx
;;    48: mov r14, qword [rbp - 0x8]
;;    4c: mov r15, qword [r14]
;;    4f: xor ebx, ebx
;;    52: mov dword [rsp], 0x2
;;    59: mov rax, qword [rbp + 0x10]
;;    5d: mov qword [rsp + 0x8], rax
;;    62: mov rsi, qword [r14 + 0x58]
;;    66: cmp ebx, dword [rsi + 0x8]
;;    69: jnb $+0x89
;;    6f: mov rsi, qword [rsi]
;;    72: shl rbx, 0x3
;;    76: add rsi, rbx
;;    79: mov rsi, qword [rsi]
;;    7c: test rsi, rsi
;;    7f: jz $+0x7d
;;    85: mov ebx, dword [r14 + 0x40]
;;    89: cmp ebx, dword [rsi + 0x10]
;;    8c: jnz $+0x7a
;;    92: cmp dword [r14 + 0x14], 0x0
;;    97: jz $+0x35
;;    9d: mov rax, r14
;;    a0: mov r14, qword [rsi + 0x8]
;;    a4: mov r15, qword [r14]
;;    a7: mov rsi, qword [rsi]
;;    aa: call rsi
;;    ad: mov r14, qword [rbp - 0x8]
;;    b1: mov r15, qword [r14]
;;    b4: mov rsp, rbp
;;    b7: pop rbp
;;    b8: ret
;;    b9: push rbx
;;    bb: push 0x0
;;    c0: call qword [r14 + 0x38]
;;    c8: lea rsp, qword [rsp + 0x10]
;;    cd: jmp $-0x9a
;;    d2: cmp r14, qword [rsi + 0x8]
;;    d6: jz $-0x3b
;;    d8: push rsi
;;    da: push 0x0
;;    df: call qword [r14 + 0x38]
;;    e7: lea rsp, qword [rsp + 0x10]
;;    ec: jmp $-0x51
;;    ee: mov eax, 0x9
;;    f3: jmp $+0x34
;;    f8: mov eax, 0x6
;;    fd: jmp $+0x14
;;   102: mov eax, 0x7
;;   107: jmp $+0xa
;;   10c: mov eax, 0x8
;;   111: jmp $+0x0
;;   116: mov ebx, eax
;;   118: mov rdi, rbp
;;   11b: lea rsi, qword [rip - 0xc]
;;   122: and rsp, -0x10
;;   126: call qword [r14 + 0x30]
;;   12a: mov eax, ebx
;;   12c: mov rsp, qword [r13 + 0x8]
;;   130: ret

;; ==== aarch64 ====
;; function 0 (352 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0xf0
;;    24: mov w16, #0x1
;;    28: str w16, [sp]
;;    2c: ldr x16, [x29, #0x10]
;;    30: str x16, [sp, #0x8]
;;    34: ldr x0, [x28, #0x48]
;;    38: ldr w16, [x28, #0x14]
;;    3c: cbz w16, $+0x98
;;    40: mov x15, x28
;;    44: ldr x28, [x0, #0x8]
;;    48: ldr x27, [x28]
;;    4c: ldr x0, [x0]
;;    50: blr x0
;;    54: ldur x28, [x29, #-0x8]
;;    58: ldr x27, [x28]
;;    5c: mov w0, #0x0
;;    60: mov w16, #0x2
;;    64: str w16, [sp]
;;    68: ldr x16, [x29, #0x10]
;;    6c: str x16, [sp, #0x8]
;;    70: ldr x1, [x28, #0x58]
;;    74: ldr w16, [x1, #0x8]
;;    78: cmp w0, w16
;;    7c: b.hs $+0x9c
;;    80: ldr x1, [x1]
;;    84: lsl x0, x0, #0x3
;;    88: add x1, x1, x0
;;    8c: ldr x1, [x1]
;;    90: cbz x1, $+0x90
;;    94: ldr w0, [x28, #0x40]
;;    98: ldr w16, [x1, #0x10]
;;    9c: cmp w0, w16
;;    a0: b.ne $+0x88
;;    a4: ldr w16, [x28, #0x14]
;;    a8: cbz w16, $+0x44
;;    ac: mov x15, x28
;;    b0: ldr x28, [x1, #0x8]
;;    b4: ldr x27, [x28]
;;    b8: ldr x1, [x1]
;;    bc: blr x1
;;    c0: ldur x28, [x29, #-0x8]
;;    c4: ldr x27, [x28]
;;    c8: mov sp, x29
;;    cc: ldp x29, x30, [sp], #0x10
;;    d0: ret
;;    d4: mov w16, #0x0
;;    d8: stp x0, x16, [sp, #-0x10]!
;;    dc: ldr x16, [x28, #0x38]
;;    e0: blr x16
;;    e4: add sp, sp, #0x10
;;    e8: b $-0xa8
;;    ec: ldr x16, [x1, #0x8]
;;    f0: cmp x28, x16
;;    f4: b.eq $-0x48
;;    f8: mov w16, #0x0
;;    fc: stp x1, x16, [sp, #-0x10]!
;;   100: ldr x16, [x28, #0x38]
;;   104: blr x16
;;   108: add sp, sp, #0x10
;;   10c: b $-0x60
;;   110: mov w0, #0x9
;;   114: b $+0x3c
;;   118: mov w0, #0x6
;;   11c: b $+0x14
;;   120: mov w0, #0x7
;;   124: b $+0xc
;;   128: mov w0, #0x8
;;   12c: b $+0x4
;;   130: mov w19, w0
;;   134: mov x0, x29
;;   138: adr x1, $-0x8
;;   13c: mov x16, sp
;;   140: and sp, x16, #0xfffffffffffffff0
;;   144: ldr x17, [x28, #0x30]
;;   148: blr x17
;;   14c: mov w0, w19
;;   150: ldr x16, [x26, #0x8]
;;   154: ldr x17, [x16]
;;   158: add sp, x16, #0x10
;;   15c: br x17
