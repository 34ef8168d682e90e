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
;; function 0 (339 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xf7
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
;;    69: jnb $+0xab
;;    6f: mov rsi, qword [rsi]
;;    72: shl rbx, 0x3
;;    76: add rbx, rsi
;;    79: mov rsi, qword [rbx]
;;    7c: test rsi, rsi
;;    7f: jz $+0x4d
;;    85: mov ebx, dword [r14 + 0x40]
;;    89: cmp ebx, dword [rsi + 0x10]
;;    8c: jnz $+0x9c
;;    92: cmp dword [r14 + 0x14], 0x0
;;    97: jz $+0x57
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
;;    bb: push 0xb000000
;;    c0: call qword [r14 + 0x38]
;;    c8: lea rsp, qword [rsp + 0x10]
;;    cd: jmp $-0x9a
;;    d2: push rbx
;;    d4: push 0x12000000
;;    d9: call qword [r14 + 0x38]
;;    e1: lea rsp, qword [rsp + 0x10]
;;    e6: mov rsi, qword [rbx]
;;    e9: test rsi, rsi
;;    ec: jz $+0x32
;;    f2: jmp $-0x6f
;;    f4: cmp r14, qword [rsi + 0x8]
;;    f8: jz $-0x5d
;;    fa: push rsi
;;    fc: push 0xb000000
;;   101: call qword [r14 + 0x38]
;;   109: lea rsp, qword [rsp + 0x10]
;;   10e: jmp $-0x73
;;   110: mov eax, 0x9
;;   115: jmp $+0x34
;;   11a: mov eax, 0x6
;;   11f: jmp $+0x14
;;   124: mov eax, 0x7
;;   129: jmp $+0xa
;;   12e: mov eax, 0x8
;;   133: jmp $+0x0
;;   138: mov ebx, eax
;;   13a: mov rdi, rbp
;;   13d: lea rsi, qword [rip - 0xc]
;;   144: and rsp, -0x10
;;   148: call qword [r14 + 0x30]
;;   14c: mov eax, ebx
;;   14e: mov rsp, qword [r13 + 0x8]
;;   152: ret

;; ==== aarch64 ====
;; function 0 (384 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x110
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
;;    7c: b.hs $+0xbc
;;    80: ldr x1, [x1]
;;    84: lsl x0, x0, #0x3
;;    88: add x0, x0, x1
;;    8c: ldr x1, [x0]
;;    90: cbz x1, $+0x5c
;;    94: ldr w0, [x28, #0x40]
;;    98: ldr w16, [x1, #0x10]
;;    9c: cmp w0, w16
;;    a0: b.ne $+0xa8
;;    a4: ldr w16, [x28, #0x14]
;;    a8: cbz w16, $+0x64
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
;;    d4: mov w16, #0xb000000
;;    d8: stp x0, x16, [sp, #-0x10]!
;;    dc: ldr x16, [x28, #0x38]
;;    e0: blr x16
;;    e4: add sp, sp, #0x10
;;    e8: b $-0xa8
;;    ec: mov w16, #0x12000000
;;    f0: stp x0, x16, [sp, #-0x10]!
;;    f4: ldr x16, [x28, #0x38]
;;    f8: blr x16
;;    fc: add sp, sp, #0x10
;;   100: ldr x1, [x0]
;;   104: cbz x1, $+0x3c
;;   108: b $-0x74
;;   10c: ldr x16, [x1, #0x8]
;;   110: cmp x28, x16
;;   114: b.eq $-0x68
;;   118: mov w16, #0xb000000
;;   11c: stp x1, x16, [sp, #-0x10]!
;;   120: ldr x16, [x28, #0x38]
;;   124: blr x16
;;   128: add sp, sp, #0x10
;;   12c: b $-0x80
;;   130: mov w0, #0x9
;;   134: b $+0x3c
;;   138: mov w0, #0x6
;;   13c: b $+0x14
;;   140: mov w0, #0x7
;;   144: b $+0xc
;;   148: mov w0, #0x8
;;   14c: b $+0x4
;;   150: mov w19, w0
;;   154: mov x0, x29
;;   158: adr x1, $-0x8
;;   15c: mov x16, sp
;;   160: and sp, x16, #0xfffffffffffffff0
;;   164: ldr x17, [x28, #0x30]
;;   168: blr x17
;;   16c: mov w0, w19
;;   170: ldr x16, [x26, #0x8]
;;   174: ldr x17, [x16]
;;   178: add sp, x16, #0x10
;;   17c: br x17
