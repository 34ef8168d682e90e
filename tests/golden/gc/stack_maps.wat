;; Stack maps (GC's safepoints): every call records where the frame holds references,
;; its reference parameters and locals (zeroed by the prologue) and the home slots of
;; reference values on the value stack (here the first struct, spilled across the call).
;; An inline allocation's refill path stores the references it holds in registers to their
;; slots, records its own safepoint in the thread state (frame pointer, then the point's
;; address) before the call and clears it after; so do calls of allocating builtins.
(module
  (type $p (struct (field (ref null any)) (field (ref null any))))
  (type $a (array (mut i8)))
  (func $f (param (ref null any)) (result (ref null any)) (local.get 0))
  (func (export "keep") (param $x (ref null any)) (result (ref null any)) (local $y (ref null any))
    (local.set $y (call $f (local.get $x)))
    (struct.new $p (local.get $y) (call $f (local.get $x)))
    (struct.new $p (local.get $x) (struct.new $p (local.get $y) (local.get $x)))
    (drop)
    (drop (array.new_default $a (i32.const 10000)))))

;; ==== x64 ====
;; function 0 (71 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x9
;;    19: mov rax, qword [rbp + 0x10]
;;    1d: mov rsp, rbp
;;    20: pop rbp
;;    21: ret
;;    22: mov eax, 0x9
;;    27: jmp $+0x16
;;    2c: mov ebx, eax
;;    2e: mov rdi, rbp
;;    31: lea rsi, qword [rip - 0xc]
;;    38: and rsp, -0x10
;;    3c: call qword [r14 + 0x30]
;;    40: mov eax, ebx
;;    42: mov rsp, qword [r13 + 0x8]
;;    46: ret
;;
;; function 1 (578 bytes, calls [CallReloc { offset: 43, callee: 0 }, CallReloc { offset: 67, callee: 0 }], stack maps [0x2f: [16, -16], 0x47: [16, -16, -24], 0x129: [16, -16, -24], 0x171: [16, -16, -24, -32], 0x1b4: [16, -16, -24], 0x1fb: [16, -16, -24, -40]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1fa
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: mov rax, qword [rbp + 0x10]
;;    26: mov qword [rsp], rax
;;    2a: call $+0x0
;;    2f: mov rbx, rax
;;    32: mov qword [rbp - 0x10], rbx
;;    36: mov rax, qword [rbp + 0x10]
;;    3a: mov qword [rsp], rax
;;    3e: mov qword [rbp - 0x18], rbx
;;    42: call $+0x0
;;    47: mov rbx, rax
;;    4a: mov rsi, qword [r13 + 0x38]
;;    4e: lea rdi, qword [rsi + 0x20]
;;    52: cmp rdi, qword [r13 + 0x40]
;;    56: ja $+0xea
;;    5c: mov qword [r13 + 0x38], rdi
;;    60: mov edi, dword [r14 + 0x40]
;;    64: mov dword [rsi], edi
;;    66: mov dword [rsi + 0x4], 0x1
;;    6d: mov rdi, qword [r14 + 0x60]
;;    71: mov qword [rsi + 0x8], rdi
;;    75: mov qword [rsi + 0x18], rbx
;;    79: mov rbx, qword [rbp - 0x18]
;;    7d: mov qword [rsi + 0x10], rbx
;;    81: mov rbx, qword [r13 + 0x38]
;;    85: lea rdi, qword [rbx + 0x20]
;;    89: cmp rdi, qword [r13 + 0x40]
;;    8d: ja $+0xf6
;;    93: mov qword [r13 + 0x38], rdi
;;    97: mov edi, dword [r14 + 0x40]
;;    9b: mov dword [rbx], edi
;;    9d: mov dword [rbx + 0x4], 0x1
;;    a4: mov rdi, qword [r14 + 0x60]
;;    a8: mov qword [rbx + 0x8], rdi
;;    ac: mov rdi, qword [rbp + 0x10]
;;    b0: mov qword [rbx + 0x18], rdi
;;    b4: mov r8, qword [rbp - 0x10]
;;    b8: mov qword [rbx + 0x10], r8
;;    bc: mov r9, qword [r13 + 0x38]
;;    c0: lea r10, qword [r9 + 0x20]
;;    c4: cmp r10, qword [r13 + 0x40]
;;    c8: ja $+0xfe
;;    ce: mov qword [r13 + 0x38], r10
;;    d2: mov r10d, dword [r14 + 0x40]
;;    d6: mov dword [r9], r10d
;;    d9: mov dword [r9 + 0x4], 0x1
;;    e1: mov r10, qword [r14 + 0x60]
;;    e5: mov qword [r9 + 0x8], r10
;;    e9: mov qword [r9 + 0x18], rbx
;;    ed: mov rbx, qword [rbp + 0x10]
;;    f1: mov qword [r9 + 0x10], rbx
;;    f5: mov qword [rbp - 0x18], rsi
;;    f9: mov edx, 0x2710
;;    ff: mov esi, 0x1
;;   105: mov rdi, r14
;;   108: lea rax, qword [rbp]
;;   10c: mov qword [r13 + 0x50], rax
;;   110: lea rax, qword [rip + 0x12]
;;   117: mov qword [r13 + 0x58], rax
;;   11b: mov rbx, qword [r14 + 0x18]
;;   11f: mov rbx, qword [rbx + 0xb0]
;;   126: call rbx
;;   129: mov qword [r13 + 0x58], 0x0
;;   131: mov rbx, rax
;;   134: test rbx, rbx
;;   137: jz $+0xe0
;;   13d: mov rax, qword [rbp - 0x18]
;;   141: mov rsp, rbp
;;   144: pop rbp
;;   145: ret
;;   146: mov qword [rbp - 0x20], rbx
;;   14a: lea rax, qword [rbp]
;;   14e: mov qword [r13 + 0x50], rax
;;   152: lea rax, qword [rip + 0x18]
;;   159: mov qword [r13 + 0x58], rax
;;   15d: push r13
;;   15f: push 0x1c000020
;;   164: call qword [r14 + 0x38]
;;   16c: lea rsp, qword [rsp + 0x10]
;;   171: mov qword [r13 + 0x58], 0x0
;;   179: cmp qword [r13 + 0x40], 0x0
;;   17e: jz $+0x99
;;   184: jmp $-0x13f
;;   189: mov qword [rbp - 0x18], rsi
;;   18d: lea rax, qword [rbp]
;;   191: mov qword [r13 + 0x50], rax
;;   195: lea rax, qword [rip + 0x18]
;;   19c: mov qword [r13 + 0x58], rax
;;   1a0: push r13
;;   1a2: push 0x1c000020
;;   1a7: call qword [r14 + 0x38]
;;   1af: lea rsp, qword [rsp + 0x10]
;;   1b4: mov qword [r13 + 0x58], 0x0
;;   1bc: cmp qword [r13 + 0x40], 0x0
;;   1c1: jz $+0x56
;;   1c7: jmp $-0x14b
;;   1cc: mov qword [rbp - 0x18], rsi
;;   1d0: mov qword [rbp - 0x28], rbx
;;   1d4: lea rax, qword [rbp]
;;   1d8: mov qword [r13 + 0x50], rax
;;   1dc: lea rax, qword [rip + 0x18]
;;   1e3: mov qword [r13 + 0x58], rax
;;   1e7: push r13
;;   1e9: push 0x1c000020
;;   1ee: call qword [r14 + 0x38]
;;   1f6: lea rsp, qword [rsp + 0x10]
;;   1fb: mov qword [r13 + 0x58], 0x0
;;   203: cmp qword [r13 + 0x40], 0x0
;;   208: jz $+0xf
;;   20e: jmp $-0x157
;;   213: mov eax, 0x9
;;   218: jmp $+0x20
;;   21d: mov eax, 0x17
;;   222: jmp $+0x0
;;   227: mov ebx, eax
;;   229: mov rdi, rbp
;;   22c: lea rsi, qword [rip - 0xc]
;;   233: and rsp, -0x10
;;   237: call qword [r14 + 0x30]
;;   23b: mov eax, ebx
;;   23d: mov rsp, qword [r13 + 0x8]
;;   241: ret

;; ==== aarch64 ====
;; function 0 (104 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x14
;;    20: ldr x0, [x29, #0x10]
;;    24: mov sp, x29
;;    28: ldp x29, x30, [sp], #0x10
;;    2c: ret
;;    30: mov w0, #0x9
;;    34: b $+0x24
;;    38: mov w19, w0
;;    3c: mov x0, x29
;;    40: adr x1, $-0x8
;;    44: mov x16, sp
;;    48: and sp, x16, #0xfffffffffffffff0
;;    4c: ldr x17, [x28, #0x30]
;;    50: blr x17
;;    54: mov w0, w19
;;    58: ldr x16, [x26, #0x8]
;;    5c: ldr x17, [x16]
;;    60: add sp, x16, #0x10
;;    64: br x17
;;
;; function 1 (608 bytes, calls [CallReloc { offset: 44, callee: 0 }, CallReloc { offset: 64, callee: 0 }], stack maps [0x30: [16, -16], 0x44: [16, -16, -24], 0x144: [16, -16, -24], 0x18c: [16, -16, -24, -32], 0x1cc: [16, -16, -24], 0x210: [16, -16, -24, -40]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x204
;;    20: stur xzr, [x29, #-0x10]
;;    24: ldr x16, [x29, #0x10]
;;    28: str x16, [sp]
;;    2c: bl $+0x0
;;    30: stur x0, [x29, #-0x10]
;;    34: ldr x16, [x29, #0x10]
;;    38: str x16, [sp]
;;    3c: stur x0, [x29, #-0x18]
;;    40: bl $+0x0
;;    44: ldr x1, [x26, #0x38]
;;    48: mov x17, #0x20
;;    4c: add x2, x1, x17
;;    50: ldr x16, [x26, #0x40]
;;    54: cmp x2, x16
;;    58: b.hi $+0x104
;;    5c: str x2, [x26, #0x38]
;;    60: ldr w2, [x28, #0x40]
;;    64: str w2, [x1]
;;    68: mov w16, #0x1
;;    6c: str w16, [x1, #0x4]
;;    70: ldr x2, [x28, #0x60]
;;    74: str x2, [x1, #0x8]
;;    78: dmb ishst
;;    7c: str x0, [x1, #0x18]
;;    80: ldur x0, [x29, #-0x18]
;;    84: str x0, [x1, #0x10]
;;    88: ldr x0, [x26, #0x38]
;;    8c: mov x17, #0x20
;;    90: add x2, x0, x17
;;    94: ldr x16, [x26, #0x40]
;;    98: cmp x2, x16
;;    9c: b.hi $+0x100
;;    a0: str x2, [x26, #0x38]
;;    a4: ldr w2, [x28, #0x40]
;;    a8: str w2, [x0]
;;    ac: mov w16, #0x1
;;    b0: str w16, [x0, #0x4]
;;    b4: ldr x2, [x28, #0x60]
;;    b8: str x2, [x0, #0x8]
;;    bc: dmb ishst
;;    c0: ldr x2, [x29, #0x10]
;;    c4: str x2, [x0, #0x18]
;;    c8: ldur x3, [x29, #-0x10]
;;    cc: str x3, [x0, #0x10]
;;    d0: ldr x4, [x26, #0x38]
;;    d4: mov x17, #0x20
;;    d8: add x5, x4, x17
;;    dc: ldr x16, [x26, #0x40]
;;    e0: cmp x5, x16
;;    e4: b.hi $+0xf8
;;    e8: str x5, [x26, #0x38]
;;    ec: ldr w5, [x28, #0x40]
;;    f0: str w5, [x4]
;;    f4: mov w16, #0x1
;;    f8: str w16, [x4, #0x4]
;;    fc: ldr x5, [x28, #0x60]
;;   100: str x5, [x4, #0x8]
;;   104: dmb ishst
;;   108: str x0, [x4, #0x18]
;;   10c: ldr x0, [x29, #0x10]
;;   110: str x0, [x4, #0x10]
;;   114: stur x1, [x29, #-0x18]
;;   118: mov w2, #0x2710
;;   11c: mov w1, #0x1
;;   120: mov x0, x28
;;   124: mov x17, #0x0
;;   128: add x15, x29, x17
;;   12c: str x15, [x26, #0x50]
;;   130: adr x15, $+0x14
;;   134: str x15, [x26, #0x58]
;;   138: ldr x3, [x28, #0x18]
;;   13c: ldr x3, [x3, #0xb0]
;;   140: blr x3
;;   144: str xzr, [x26, #0x58]
;;   148: cbz x0, $+0xe0
;;   14c: ldur x0, [x29, #-0x18]
;;   150: mov sp, x29
;;   154: ldp x29, x30, [sp], #0x10
;;   158: ret
;;   15c: stur x0, [x29, #-0x20]
;;   160: mov x17, #0x0
;;   164: add x15, x29, x17
;;   168: str x15, [x26, #0x50]
;;   16c: adr x15, $+0x20
;;   170: str x15, [x26, #0x58]
;;   174: mov w16, #0x20
;;   178: movk w16, #0x1c00, lsl #16
;;   17c: stp x26, x16, [sp, #-0x10]!
;;   180: ldr x16, [x28, #0x38]
;;   184: blr x16
;;   188: add sp, sp, #0x10
;;   18c: str xzr, [x26, #0x58]
;;   190: ldr x16, [x26, #0x40]
;;   194: cbz x16, $+0x94
;;   198: b $-0x154
;;   19c: stur x1, [x29, #-0x18]
;;   1a0: mov x17, #0x0
;;   1a4: add x15, x29, x17
;;   1a8: str x15, [x26, #0x50]
;;   1ac: adr x15, $+0x20
;;   1b0: str x15, [x26, #0x58]
;;   1b4: mov w16, #0x20
;;   1b8: movk w16, #0x1c00, lsl #16
;;   1bc: stp x26, x16, [sp, #-0x10]!
;;   1c0: ldr x16, [x28, #0x38]
;;   1c4: blr x16
;;   1c8: add sp, sp, #0x10
;;   1cc: str xzr, [x26, #0x58]
;;   1d0: ldr x16, [x26, #0x40]
;;   1d4: cbz x16, $+0x54
;;   1d8: b $-0x150
;;   1dc: stur x1, [x29, #-0x18]
;;   1e0: stur x0, [x29, #-0x28]
;;   1e4: mov x17, #0x0
;;   1e8: add x15, x29, x17
;;   1ec: str x15, [x26, #0x50]
;;   1f0: adr x15, $+0x20
;;   1f4: str x15, [x26, #0x58]
;;   1f8: mov w16, #0x20
;;   1fc: movk w16, #0x1c00, lsl #16
;;   200: stp x26, x16, [sp, #-0x10]!
;;   204: ldr x16, [x28, #0x38]
;;   208: blr x16
;;   20c: add sp, sp, #0x10
;;   210: str xzr, [x26, #0x58]
;;   214: ldr x16, [x26, #0x40]
;;   218: cbz x16, $+0x10
;;   21c: b $-0x14c
;;   220: mov w0, #0x9
;;   224: b $+0x2c
;;   228: mov w0, #0x17
;;   22c: b $+0x4
;;   230: mov w19, w0
;;   234: mov x0, x29
;;   238: adr x1, $-0x8
;;   23c: mov x16, sp
;;   240: and sp, x16, #0xfffffffffffffff0
;;   244: ldr x17, [x28, #0x30]
;;   248: blr x17
;;   24c: mov w0, w19
;;   250: ldr x16, [x26, #0x8]
;;   254: ldr x17, [x16]
;;   258: add sp, x16, #0x10
;;   25c: br x17
