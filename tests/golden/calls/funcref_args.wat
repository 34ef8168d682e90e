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
;; function 0 (380 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x110
;;    20: mov w16, #0x1
;;    24: str w16, [sp]
;;    28: ldr x16, [x29, #0x10]
;;    2c: str x16, [sp, #0x8]
;;    30: ldr x0, [x28, #0x48]
;;    34: ldr w16, [x28, #0x14]
;;    38: cbz w16, $+0x98
;;    3c: mov x15, x28
;;    40: ldr x28, [x0, #0x8]
;;    44: ldr x27, [x28]
;;    48: ldr x0, [x0]
;;    4c: blr x0
;;    50: ldur x28, [x29, #-0x8]
;;    54: ldr x27, [x28]
;;    58: mov w0, #0x0
;;    5c: mov w16, #0x2
;;    60: str w16, [sp]
;;    64: ldr x16, [x29, #0x10]
;;    68: str x16, [sp, #0x8]
;;    6c: ldr x1, [x28, #0x58]
;;    70: ldr w16, [x1, #0x8]
;;    74: cmp w0, w16
;;    78: b.hs $+0xbc
;;    7c: ldr x1, [x1]
;;    80: lsl x0, x0, #0x3
;;    84: add x0, x0, x1
;;    88: ldr x1, [x0]
;;    8c: cbz x1, $+0x5c
;;    90: ldr w0, [x28, #0x40]
;;    94: ldr w16, [x1, #0x10]
;;    98: cmp w0, w16
;;    9c: b.ne $+0xa8
;;    a0: ldr w16, [x28, #0x14]
;;    a4: cbz w16, $+0x64
;;    a8: mov x15, x28
;;    ac: ldr x28, [x1, #0x8]
;;    b0: ldr x27, [x28]
;;    b4: ldr x1, [x1]
;;    b8: blr x1
;;    bc: ldur x28, [x29, #-0x8]
;;    c0: ldr x27, [x28]
;;    c4: mov sp, x29
;;    c8: ldp x29, x30, [sp], #0x10
;;    cc: ret
;;    d0: mov w16, #0xb000000
;;    d4: stp x0, x16, [sp, #-0x10]!
;;    d8: ldr x16, [x28, #0x38]
;;    dc: blr x16
;;    e0: add sp, sp, #0x10
;;    e4: b $-0xa8
;;    e8: mov w16, #0x12000000
;;    ec: stp x0, x16, [sp, #-0x10]!
;;    f0: ldr x16, [x28, #0x38]
;;    f4: blr x16
;;    f8: add sp, sp, #0x10
;;    fc: ldr x1, [x0]
;;   100: cbz x1, $+0x3c
;;   104: b $-0x74
;;   108: ldr x16, [x1, #0x8]
;;   10c: cmp x28, x16
;;   110: b.eq $-0x68
;;   114: mov w16, #0xb000000
;;   118: stp x1, x16, [sp, #-0x10]!
;;   11c: ldr x16, [x28, #0x38]
;;   120: blr x16
;;   124: add sp, sp, #0x10
;;   128: b $-0x80
;;   12c: mov w0, #0x9
;;   130: b $+0x3c
;;   134: mov w0, #0x6
;;   138: b $+0x14
;;   13c: mov w0, #0x7
;;   140: b $+0xc
;;   144: mov w0, #0x8
;;   148: b $+0x4
;;   14c: mov w19, w0
;;   150: mov x0, x29
;;   154: adr x1, $-0x8
;;   158: mov x16, sp
;;   15c: and sp, x16, #0xfffffffffffffff0
;;   160: ldr x17, [x28, #0x30]
;;   164: blr x17
;;   168: mov w0, w19
;;   16c: ldr x16, [x26, #0x8]
;;   170: ldr x17, [x16]
;;   174: add sp, x16, #0x10
;;   178: br x17
