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
;; function 1 (610 bytes, calls [CallReloc { offset: 43, callee: 0 }, CallReloc { offset: 67, callee: 0 }], stack maps [0x2f: [16, -16], 0x47: [16, -16, -24], 0x131: [16, -16, -24], 0x181: [16, -16, -24, -32], 0x1cc: [16, -16, -24], 0x21b: [16, -16, -24, -40]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x21a
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
;;    56: ja $+0xf2
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
;;    8d: ja $+0x106
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
;;    c8: ja $+0x116
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
;;   110: lea rax, qword [rip + 0x1a]
;;   117: mov qword [r13 + 0x58], rax
;;   11b: lea rax, qword [r13 + 0x50]
;;   11f: mov qword [r13 + 0x60], rax
;;   123: mov rbx, qword [r14 + 0x18]
;;   127: mov rbx, qword [rbx + 0xb0]
;;   12e: call rbx
;;   131: mov qword [r13 + 0x60], 0x0
;;   139: mov rbx, rax
;;   13c: test rbx, rbx
;;   13f: jz $+0xf8
;;   145: mov rax, qword [rbp - 0x18]
;;   149: mov rsp, rbp
;;   14c: pop rbp
;;   14d: ret
;;   14e: mov qword [rbp - 0x20], rbx
;;   152: lea rax, qword [rbp]
;;   156: mov qword [r13 + 0x50], rax
;;   15a: lea rax, qword [rip + 0x20]
;;   161: mov qword [r13 + 0x58], rax
;;   165: lea rax, qword [r13 + 0x50]
;;   169: mov qword [r13 + 0x60], rax
;;   16d: push r13
;;   16f: push 0x1c000020
;;   174: call qword [r14 + 0x38]
;;   17c: lea rsp, qword [rsp + 0x10]
;;   181: mov qword [r13 + 0x60], 0x0
;;   189: cmp qword [r13 + 0x40], 0x0
;;   18e: jz $+0xa9
;;   194: jmp $-0x14f
;;   199: mov qword [rbp - 0x18], rsi
;;   19d: lea rax, qword [rbp]
;;   1a1: mov qword [r13 + 0x50], rax
;;   1a5: lea rax, qword [rip + 0x20]
;;   1ac: mov qword [r13 + 0x58], rax
;;   1b0: lea rax, qword [r13 + 0x50]
;;   1b4: mov qword [r13 + 0x60], rax
;;   1b8: push r13
;;   1ba: push 0x1c000020
;;   1bf: call qword [r14 + 0x38]
;;   1c7: lea rsp, qword [rsp + 0x10]
;;   1cc: mov qword [r13 + 0x60], 0x0
;;   1d4: cmp qword [r13 + 0x40], 0x0
;;   1d9: jz $+0x5e
;;   1df: jmp $-0x163
;;   1e4: mov qword [rbp - 0x18], rsi
;;   1e8: mov qword [rbp - 0x28], rbx
;;   1ec: lea rax, qword [rbp]
;;   1f0: mov qword [r13 + 0x50], rax
;;   1f4: lea rax, qword [rip + 0x20]
;;   1fb: mov qword [r13 + 0x58], rax
;;   1ff: lea rax, qword [r13 + 0x50]
;;   203: mov qword [r13 + 0x60], rax
;;   207: push r13
;;   209: push 0x1c000020
;;   20e: call qword [r14 + 0x38]
;;   216: lea rsp, qword [rsp + 0x10]
;;   21b: mov qword [r13 + 0x60], 0x0
;;   223: cmp qword [r13 + 0x40], 0x0
;;   228: jz $+0xf
;;   22e: jmp $-0x177
;;   233: mov eax, 0x9
;;   238: jmp $+0x20
;;   23d: mov eax, 0x17
;;   242: jmp $+0x0
;;   247: mov ebx, eax
;;   249: mov rdi, rbp
;;   24c: lea rsi, qword [rip - 0xc]
;;   253: and rsp, -0x10
;;   257: call qword [r14 + 0x30]
;;   25b: mov eax, ebx
;;   25d: mov rsp, qword [r13 + 0x8]
;;   261: ret

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
;; function 1 (656 bytes, calls [CallReloc { offset: 44, callee: 0 }, CallReloc { offset: 64, callee: 0 }], stack maps [0x30: [16, -16], 0x44: [16, -16, -24], 0x150: [16, -16, -24], 0x1a4: [16, -16, -24, -32], 0x1f0: [16, -16, -24], 0x240: [16, -16, -24, -40]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x234
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
;;    58: b.hi $+0x110
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
;;    9c: b.hi $+0x118
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
;;    e4: b.hi $+0x11c
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
;;   130: adr x15, $+0x20
;;   134: str x15, [x26, #0x58]
;;   138: mov x17, #0x50
;;   13c: add x15, x26, x17
;;   140: str x15, [x26, #0x60]
;;   144: ldr x3, [x28, #0x18]
;;   148: ldr x3, [x3, #0xb0]
;;   14c: blr x3
;;   150: str xzr, [x26, #0x60]
;;   154: cbz x0, $+0x104
;;   158: ldur x0, [x29, #-0x18]
;;   15c: mov sp, x29
;;   160: ldp x29, x30, [sp], #0x10
;;   164: ret
;;   168: stur x0, [x29, #-0x20]
;;   16c: mov x17, #0x0
;;   170: add x15, x29, x17
;;   174: str x15, [x26, #0x50]
;;   178: adr x15, $+0x2c
;;   17c: str x15, [x26, #0x58]
;;   180: mov x17, #0x50
;;   184: add x15, x26, x17
;;   188: str x15, [x26, #0x60]
;;   18c: mov w16, #0x20
;;   190: movk w16, #0x1c00, lsl #16
;;   194: stp x26, x16, [sp, #-0x10]!
;;   198: ldr x16, [x28, #0x38]
;;   19c: blr x16
;;   1a0: add sp, sp, #0x10
;;   1a4: str xzr, [x26, #0x60]
;;   1a8: ldr x16, [x26, #0x40]
;;   1ac: cbz x16, $+0xac
;;   1b0: b $-0x16c
;;   1b4: stur x1, [x29, #-0x18]
;;   1b8: mov x17, #0x0
;;   1bc: add x15, x29, x17
;;   1c0: str x15, [x26, #0x50]
;;   1c4: adr x15, $+0x2c
;;   1c8: str x15, [x26, #0x58]
;;   1cc: mov x17, #0x50
;;   1d0: add x15, x26, x17
;;   1d4: str x15, [x26, #0x60]
;;   1d8: mov w16, #0x20
;;   1dc: movk w16, #0x1c00, lsl #16
;;   1e0: stp x26, x16, [sp, #-0x10]!
;;   1e4: ldr x16, [x28, #0x38]
;;   1e8: blr x16
;;   1ec: add sp, sp, #0x10
;;   1f0: str xzr, [x26, #0x60]
;;   1f4: ldr x16, [x26, #0x40]
;;   1f8: cbz x16, $+0x60
;;   1fc: b $-0x174
;;   200: stur x1, [x29, #-0x18]
;;   204: stur x0, [x29, #-0x28]
;;   208: mov x17, #0x0
;;   20c: add x15, x29, x17
;;   210: str x15, [x26, #0x50]
;;   214: adr x15, $+0x2c
;;   218: str x15, [x26, #0x58]
;;   21c: mov x17, #0x50
;;   220: add x15, x26, x17
;;   224: str x15, [x26, #0x60]
;;   228: mov w16, #0x20
;;   22c: movk w16, #0x1c00, lsl #16
;;   230: stp x26, x16, [sp, #-0x10]!
;;   234: ldr x16, [x28, #0x38]
;;   238: blr x16
;;   23c: add sp, sp, #0x10
;;   240: str xzr, [x26, #0x60]
;;   244: ldr x16, [x26, #0x40]
;;   248: cbz x16, $+0x10
;;   24c: b $-0x17c
;;   250: mov w0, #0x9
;;   254: b $+0x2c
;;   258: mov w0, #0x17
;;   25c: b $+0x4
;;   260: mov w19, w0
;;   264: mov x0, x29
;;   268: adr x1, $-0x8
;;   26c: mov x16, sp
;;   270: and sp, x16, #0xfffffffffffffff0
;;   274: ldr x17, [x28, #0x30]
;;   278: blr x17
;;   27c: mov w0, w19
;;   280: ldr x16, [x26, #0x8]
;;   284: ldr x17, [x16]
;;   288: add sp, x16, #0x10
;;   28c: br x17
