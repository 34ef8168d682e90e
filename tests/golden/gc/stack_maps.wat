;;! gc
;; Stack maps (GC's safepoints): every call records where the frame holds references,
;; its reference parameters and locals (zeroed by the prologue) and the home slots of
;; reference values on the value stack (here the first struct, spilled across the call).
;; An inline allocation's refill path stores the references it holds in registers to their
;; slots, records its own safepoint in the thread state (frame pointer, then the point's
;; address) before the call and clears it after; so do calls of allocating builtins.
;; Every function entry and loop header polls the instance's poll word (in the vmctx):
;; while a collection stops the world it is raised, and a cold path stores registers as a
;; refill path does, records a safepoint and parks (`Builtin::GcPoll`, `vm::gc_stop`).
(module
  (type $p (struct (field (ref null any)) (field (ref null any))))
  (type $a (array (mut i8)))
  (func $f (param (ref null any)) (result (ref null any)) (local.get 0))
  (func (export "keep") (param $x (ref null any)) (result (ref null any)) (local $y (ref null any))
    (local.set $y (call $f (local.get $x)))
    (struct.new $p (local.get $y) (call $f (local.get $x)))
    (struct.new $p (local.get $x) (struct.new $p (local.get $y) (local.get $x)))
    (drop)
    (drop (array.new_default $a (i32.const 10000))))
  (func (export "spin") (param $x (ref null any)) (param $n i32) (result (ref null any))
    (loop $l (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $x)))

;; ==== x64 ====
;; function 0 (142 bytes, calls [], stack maps [0x5f: [16]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x50
;;    19: cmp dword [r14 + 0xf0], 0x0
;;    21: jnz $+0x9
;;    27: mov rax, qword [rbp + 0x10]
;;    2b: mov rsp, rbp
;;    2e: pop rbp
;;    2f: ret
;;    30: lea rax, qword [rbp]
;;    34: mov qword [r13 + 0x50], rax
;;    38: lea rax, qword [rip + 0x20]
;;    3f: mov qword [r13 + 0x58], rax
;;    43: lea rax, qword [r13 + 0x50]
;;    47: mov qword [r13 + 0x60], rax
;;    4b: push r13
;;    4d: push 0x1d000000
;;    52: call qword [r14 + 0x38]
;;    5a: lea rsp, qword [rsp + 0x10]
;;    5f: mov qword [r13 + 0x60], 0x0
;;    67: jmp $-0x42
;;    69: mov eax, 0x9
;;    6e: jmp $+0x16
;;    73: mov ebx, eax
;;    75: mov rdi, rbp
;;    78: lea rsi, qword [rip - 0xc]
;;    7f: and rsp, -0x10
;;    83: call qword [r14 + 0x30]
;;    87: mov eax, ebx
;;    89: mov rsp, qword [r13 + 0x8]
;;    8d: ret
;;
;; function 1 (684 bytes, calls [CallReloc { offset: 57, callee: 0 }, CallReloc { offset: 81, callee: 0 }], stack maps [0x3d: [16, -16], 0x55: [16, -16, -24], 0x13f: [16, -16, -24], 0x18b: [16, -16], 0x1cb: [16, -16, -24, -32], 0x216: [16, -16, -24], 0x265: [16, -16, -24, -40]])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x40
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x264
;;    19: xorps xmm0, xmm0
;;    1d: movq qword [rbp - 0x10], xmm0
;;    22: cmp dword [r14 + 0xf0], 0x0
;;    2a: jnz $+0x12c
;;    30: mov rax, qword [rbp + 0x10]
;;    34: mov qword [rsp], rax
;;    38: call $+0x0
;;    3d: mov rbx, rax
;;    40: mov rax, qword [rbp + 0x10]
;;    44: mov qword [rsp], rax
;;    48: mov qword [rbp - 0x10], rbx
;;    4c: mov qword [rbp - 0x18], rbx
;;    50: call $+0x0
;;    55: mov rbx, rax
;;    58: mov rsi, qword [r13 + 0x38]
;;    5c: lea rdi, qword [rsi + 0x20]
;;    60: cmp rdi, qword [r13 + 0x40]
;;    64: ja $+0x12e
;;    6a: mov qword [r13 + 0x38], rdi
;;    6e: mov edi, dword [r14 + 0x40]
;;    72: mov dword [rsi], edi
;;    74: mov dword [rsi + 0x4], 0x1
;;    7b: mov rdi, qword [r14 + 0x68]
;;    7f: mov qword [rsi + 0x8], rdi
;;    83: mov qword [rsi + 0x18], rbx
;;    87: mov rbx, qword [rbp - 0x18]
;;    8b: mov qword [rsi + 0x10], rbx
;;    8f: mov rbx, qword [r13 + 0x38]
;;    93: lea rdi, qword [rbx + 0x20]
;;    97: cmp rdi, qword [r13 + 0x40]
;;    9b: ja $+0x142
;;    a1: mov qword [r13 + 0x38], rdi
;;    a5: mov edi, dword [r14 + 0x40]
;;    a9: mov dword [rbx], edi
;;    ab: mov dword [rbx + 0x4], 0x1
;;    b2: mov rdi, qword [r14 + 0x68]
;;    b6: mov qword [rbx + 0x8], rdi
;;    ba: mov rdi, qword [rbp + 0x10]
;;    be: mov qword [rbx + 0x18], rdi
;;    c2: mov r8, qword [rbp - 0x10]
;;    c6: mov qword [rbx + 0x10], r8
;;    ca: mov r9, qword [r13 + 0x38]
;;    ce: lea r10, qword [r9 + 0x20]
;;    d2: cmp r10, qword [r13 + 0x40]
;;    d6: ja $+0x152
;;    dc: mov qword [r13 + 0x38], r10
;;    e0: mov r10d, dword [r14 + 0x40]
;;    e4: mov dword [r9], r10d
;;    e7: mov dword [r9 + 0x4], 0x1
;;    ef: mov r10, qword [r14 + 0x68]
;;    f3: mov qword [r9 + 0x8], r10
;;    f7: mov qword [r9 + 0x18], rbx
;;    fb: mov rbx, qword [rbp + 0x10]
;;    ff: mov qword [r9 + 0x10], rbx
;;   103: mov qword [rbp - 0x18], rsi
;;   107: mov edx, 0x2710
;;   10d: mov esi, 0x1
;;   113: mov rdi, r14
;;   116: lea rax, qword [rbp]
;;   11a: mov qword [r13 + 0x50], rax
;;   11e: lea rax, qword [rip + 0x1a]
;;   125: mov qword [r13 + 0x58], rax
;;   129: lea rax, qword [r13 + 0x50]
;;   12d: mov qword [r13 + 0x60], rax
;;   131: mov rbx, qword [r14 + 0x18]
;;   135: mov rbx, qword [rbx + 0xb0]
;;   13c: call rbx
;;   13f: mov qword [r13 + 0x60], 0x0
;;   147: mov rbx, rax
;;   14a: test rbx, rbx
;;   14d: jz $+0x134
;;   153: mov rax, qword [rbp - 0x18]
;;   157: mov rsp, rbp
;;   15a: pop rbp
;;   15b: ret
;;   15c: lea rax, qword [rbp]
;;   160: mov qword [r13 + 0x50], rax
;;   164: lea rax, qword [rip + 0x20]
;;   16b: mov qword [r13 + 0x58], rax
;;   16f: lea rax, qword [r13 + 0x50]
;;   173: mov qword [r13 + 0x60], rax
;;   177: push r13
;;   179: push 0x1d000000
;;   17e: call qword [r14 + 0x38]
;;   186: lea rsp, qword [rsp + 0x10]
;;   18b: mov qword [r13 + 0x60], 0x0
;;   193: jmp $-0x168
;;   198: mov qword [rbp - 0x20], rbx
;;   19c: lea rax, qword [rbp]
;;   1a0: mov qword [r13 + 0x50], rax
;;   1a4: lea rax, qword [rip + 0x20]
;;   1ab: mov qword [r13 + 0x58], rax
;;   1af: lea rax, qword [r13 + 0x50]
;;   1b3: mov qword [r13 + 0x60], rax
;;   1b7: push r13
;;   1b9: push 0x1c000020
;;   1be: call qword [r14 + 0x38]
;;   1c6: lea rsp, qword [rsp + 0x10]
;;   1cb: mov qword [r13 + 0x60], 0x0
;;   1d3: cmp qword [r13 + 0x40], 0x0
;;   1d8: jz $+0xa9
;;   1de: jmp $-0x18b
;;   1e3: mov qword [rbp - 0x18], rsi
;;   1e7: lea rax, qword [rbp]
;;   1eb: mov qword [r13 + 0x50], rax
;;   1ef: lea rax, qword [rip + 0x20]
;;   1f6: mov qword [r13 + 0x58], rax
;;   1fa: lea rax, qword [r13 + 0x50]
;;   1fe: mov qword [r13 + 0x60], rax
;;   202: push r13
;;   204: push 0x1c000020
;;   209: call qword [r14 + 0x38]
;;   211: lea rsp, qword [rsp + 0x10]
;;   216: mov qword [r13 + 0x60], 0x0
;;   21e: cmp qword [r13 + 0x40], 0x0
;;   223: jz $+0x5e
;;   229: jmp $-0x19f
;;   22e: mov qword [rbp - 0x18], rsi
;;   232: mov qword [rbp - 0x28], rbx
;;   236: lea rax, qword [rbp]
;;   23a: mov qword [r13 + 0x50], rax
;;   23e: lea rax, qword [rip + 0x20]
;;   245: mov qword [r13 + 0x58], rax
;;   249: lea rax, qword [r13 + 0x50]
;;   24d: mov qword [r13 + 0x60], rax
;;   251: push r13
;;   253: push 0x1c000020
;;   258: call qword [r14 + 0x38]
;;   260: lea rsp, qword [rsp + 0x10]
;;   265: mov qword [r13 + 0x60], 0x0
;;   26d: cmp qword [r13 + 0x40], 0x0
;;   272: jz $+0xf
;;   278: jmp $-0x1b3
;;   27d: mov eax, 0x9
;;   282: jmp $+0x20
;;   287: mov eax, 0x17
;;   28c: jmp $+0x0
;;   291: mov ebx, eax
;;   293: mov rdi, rbp
;;   296: lea rsi, qword [rip - 0xc]
;;   29d: and rsp, -0x10
;;   2a1: call qword [r14 + 0x30]
;;   2a5: mov eax, ebx
;;   2a7: mov rsp, qword [r13 + 0x8]
;;   2ab: ret
;;
;; function 2 (230 bytes, calls [], stack maps [0x7b: [16], 0xb4: [16]])
;;     0: mov esi, dword [rsp + 0x10]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xa4
;;    1d: cmp dword [r14 + 0xf0], 0x0
;;    25: jnz $+0x21
;;    2b: mov dword [rbp + 0x18], esi
;;    2e: cmp dword [r14 + 0xf0], 0x0
;;    36: jnz $+0x49
;;    3c: sub esi, 0x1
;;    3f: test esi, esi
;;    41: jnz $-0x15
;;    43: mov rax, qword [rbp + 0x10]
;;    47: mov rsp, rbp
;;    4a: pop rbp
;;    4b: ret
;;    4c: lea rax, qword [rbp]
;;    50: mov qword [r13 + 0x50], rax
;;    54: lea rax, qword [rip + 0x20]
;;    5b: mov qword [r13 + 0x58], rax
;;    5f: lea rax, qword [r13 + 0x50]
;;    63: mov qword [r13 + 0x60], rax
;;    67: push r13
;;    69: push 0x1d000000
;;    6e: call qword [r14 + 0x38]
;;    76: lea rsp, qword [rsp + 0x10]
;;    7b: mov qword [r13 + 0x60], 0x0
;;    83: jmp $-0x5a
;;    85: lea rax, qword [rbp]
;;    89: mov qword [r13 + 0x50], rax
;;    8d: lea rax, qword [rip + 0x20]
;;    94: mov qword [r13 + 0x58], rax
;;    98: lea rax, qword [r13 + 0x50]
;;    9c: mov qword [r13 + 0x60], rax
;;    a0: push r13
;;    a2: push 0x1d000000
;;    a7: call qword [r14 + 0x38]
;;    af: lea rsp, qword [rsp + 0x10]
;;    b4: mov qword [r13 + 0x60], 0x0
;;    bc: jmp $-0x85
;;    c1: mov eax, 0x9
;;    c6: jmp $+0x16
;;    cb: mov ebx, eax
;;    cd: mov rdi, rbp
;;    d0: lea rsi, qword [rip - 0xc]
;;    d7: and rsp, -0x10
;;    db: call qword [r14 + 0x30]
;;    df: mov eax, ebx
;;    e1: mov rsp, qword [r13 + 0x8]
;;    e5: ret

;; ==== aarch64 ====
;; function 0 (172 bytes, calls [], stack maps [0x6c: [16]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x58
;;    20: ldr w16, [x28, #0xf0]
;;    24: cbnz w16, $+0x14
;;    28: ldr x0, [x29, #0x10]
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov x17, #0x0
;;    3c: add x15, x29, x17
;;    40: str x15, [x26, #0x50]
;;    44: adr x15, $+0x28
;;    48: str x15, [x26, #0x58]
;;    4c: mov x17, #0x50
;;    50: add x15, x26, x17
;;    54: str x15, [x26, #0x60]
;;    58: mov w16, #0x1d000000
;;    5c: stp x26, x16, [sp, #-0x10]!
;;    60: ldr x16, [x28, #0x38]
;;    64: blr x16
;;    68: add sp, sp, #0x10
;;    6c: str xzr, [x26, #0x60]
;;    70: b $-0x48
;;    74: mov w0, #0x9
;;    78: b $+0x24
;;    7c: mov w19, w0
;;    80: mov x0, x29
;;    84: adr x1, $-0x8
;;    88: mov x16, sp
;;    8c: and sp, x16, #0xfffffffffffffff0
;;    90: ldr x17, [x28, #0x30]
;;    94: blr x17
;;    98: mov w0, w19
;;    9c: ldr x16, [x26, #0x8]
;;    a0: ldr x17, [x16]
;;    a4: add sp, x16, #0x10
;;    a8: br x17
;;
;; function 1 (724 bytes, calls [CallReloc { offset: 52, callee: 0 }, CallReloc { offset: 72, callee: 0 }], stack maps [0x38: [16, -16], 0x4c: [16, -16, -24], 0x158: [16, -16, -24], 0x1a4: [16, -16], 0x1e8: [16, -16, -24, -32], 0x234: [16, -16, -24], 0x284: [16, -16, -24, -40]])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x40
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x278
;;    20: stur xzr, [x29, #-0x10]
;;    24: ldr w16, [x28, #0xf0]
;;    28: cbnz w16, $+0x148
;;    2c: ldr x16, [x29, #0x10]
;;    30: str x16, [sp]
;;    34: bl $+0x0
;;    38: ldr x16, [x29, #0x10]
;;    3c: str x16, [sp]
;;    40: stur x0, [x29, #-0x10]
;;    44: stur x0, [x29, #-0x18]
;;    48: bl $+0x0
;;    4c: ldr x1, [x26, #0x38]
;;    50: mov x17, #0x20
;;    54: add x2, x1, x17
;;    58: ldr x16, [x26, #0x40]
;;    5c: cmp x2, x16
;;    60: b.hi $+0x14c
;;    64: str x2, [x26, #0x38]
;;    68: ldr w2, [x28, #0x40]
;;    6c: str w2, [x1]
;;    70: mov w16, #0x1
;;    74: str w16, [x1, #0x4]
;;    78: ldr x2, [x28, #0x68]
;;    7c: str x2, [x1, #0x8]
;;    80: dmb ishst
;;    84: str x0, [x1, #0x18]
;;    88: ldur x0, [x29, #-0x18]
;;    8c: str x0, [x1, #0x10]
;;    90: ldr x0, [x26, #0x38]
;;    94: mov x17, #0x20
;;    98: add x2, x0, x17
;;    9c: ldr x16, [x26, #0x40]
;;    a0: cmp x2, x16
;;    a4: b.hi $+0x154
;;    a8: str x2, [x26, #0x38]
;;    ac: ldr w2, [x28, #0x40]
;;    b0: str w2, [x0]
;;    b4: mov w16, #0x1
;;    b8: str w16, [x0, #0x4]
;;    bc: ldr x2, [x28, #0x68]
;;    c0: str x2, [x0, #0x8]
;;    c4: dmb ishst
;;    c8: ldr x2, [x29, #0x10]
;;    cc: str x2, [x0, #0x18]
;;    d0: ldur x3, [x29, #-0x10]
;;    d4: str x3, [x0, #0x10]
;;    d8: ldr x4, [x26, #0x38]
;;    dc: mov x17, #0x20
;;    e0: add x5, x4, x17
;;    e4: ldr x16, [x26, #0x40]
;;    e8: cmp x5, x16
;;    ec: b.hi $+0x158
;;    f0: str x5, [x26, #0x38]
;;    f4: ldr w5, [x28, #0x40]
;;    f8: str w5, [x4]
;;    fc: mov w16, #0x1
;;   100: str w16, [x4, #0x4]
;;   104: ldr x5, [x28, #0x68]
;;   108: str x5, [x4, #0x8]
;;   10c: dmb ishst
;;   110: str x0, [x4, #0x18]
;;   114: ldr x0, [x29, #0x10]
;;   118: str x0, [x4, #0x10]
;;   11c: stur x1, [x29, #-0x18]
;;   120: mov w2, #0x2710
;;   124: mov w1, #0x1
;;   128: mov x0, x28
;;   12c: mov x17, #0x0
;;   130: add x15, x29, x17
;;   134: str x15, [x26, #0x50]
;;   138: adr x15, $+0x20
;;   13c: str x15, [x26, #0x58]
;;   140: mov x17, #0x50
;;   144: add x15, x26, x17
;;   148: str x15, [x26, #0x60]
;;   14c: ldr x3, [x28, #0x18]
;;   150: ldr x3, [x3, #0xb0]
;;   154: blr x3
;;   158: str xzr, [x26, #0x60]
;;   15c: cbz x0, $+0x140
;;   160: ldur x0, [x29, #-0x18]
;;   164: mov sp, x29
;;   168: ldp x29, x30, [sp], #0x10
;;   16c: ret
;;   170: mov x17, #0x0
;;   174: add x15, x29, x17
;;   178: str x15, [x26, #0x50]
;;   17c: adr x15, $+0x28
;;   180: str x15, [x26, #0x58]
;;   184: mov x17, #0x50
;;   188: add x15, x26, x17
;;   18c: str x15, [x26, #0x60]
;;   190: mov w16, #0x1d000000
;;   194: stp x26, x16, [sp, #-0x10]!
;;   198: ldr x16, [x28, #0x38]
;;   19c: blr x16
;;   1a0: add sp, sp, #0x10
;;   1a4: str xzr, [x26, #0x60]
;;   1a8: b $-0x17c
;;   1ac: stur x0, [x29, #-0x20]
;;   1b0: mov x17, #0x0
;;   1b4: add x15, x29, x17
;;   1b8: str x15, [x26, #0x50]
;;   1bc: adr x15, $+0x2c
;;   1c0: str x15, [x26, #0x58]
;;   1c4: mov x17, #0x50
;;   1c8: add x15, x26, x17
;;   1cc: str x15, [x26, #0x60]
;;   1d0: mov w16, #0x20
;;   1d4: movk w16, #0x1c00, lsl #16
;;   1d8: stp x26, x16, [sp, #-0x10]!
;;   1dc: ldr x16, [x28, #0x38]
;;   1e0: blr x16
;;   1e4: add sp, sp, #0x10
;;   1e8: str xzr, [x26, #0x60]
;;   1ec: ldr x16, [x26, #0x40]
;;   1f0: cbz x16, $+0xac
;;   1f4: b $-0x1a8
;;   1f8: stur x1, [x29, #-0x18]
;;   1fc: mov x17, #0x0
;;   200: add x15, x29, x17
;;   204: str x15, [x26, #0x50]
;;   208: adr x15, $+0x2c
;;   20c: str x15, [x26, #0x58]
;;   210: mov x17, #0x50
;;   214: add x15, x26, x17
;;   218: str x15, [x26, #0x60]
;;   21c: mov w16, #0x20
;;   220: movk w16, #0x1c00, lsl #16
;;   224: stp x26, x16, [sp, #-0x10]!
;;   228: ldr x16, [x28, #0x38]
;;   22c: blr x16
;;   230: add sp, sp, #0x10
;;   234: str xzr, [x26, #0x60]
;;   238: ldr x16, [x26, #0x40]
;;   23c: cbz x16, $+0x60
;;   240: b $-0x1b0
;;   244: stur x1, [x29, #-0x18]
;;   248: stur x0, [x29, #-0x28]
;;   24c: mov x17, #0x0
;;   250: add x15, x29, x17
;;   254: str x15, [x26, #0x50]
;;   258: adr x15, $+0x2c
;;   25c: str x15, [x26, #0x58]
;;   260: mov x17, #0x50
;;   264: add x15, x26, x17
;;   268: str x15, [x26, #0x60]
;;   26c: mov w16, #0x20
;;   270: movk w16, #0x1c00, lsl #16
;;   274: stp x26, x16, [sp, #-0x10]!
;;   278: ldr x16, [x28, #0x38]
;;   27c: blr x16
;;   280: add sp, sp, #0x10
;;   284: str xzr, [x26, #0x60]
;;   288: ldr x16, [x26, #0x40]
;;   28c: cbz x16, $+0x10
;;   290: b $-0x1b8
;;   294: mov w0, #0x9
;;   298: b $+0x2c
;;   29c: mov w0, #0x17
;;   2a0: b $+0x4
;;   2a4: mov w19, w0
;;   2a8: mov x0, x29
;;   2ac: adr x1, $-0x8
;;   2b0: mov x16, sp
;;   2b4: and sp, x16, #0xfffffffffffffff0
;;   2b8: ldr x17, [x28, #0x30]
;;   2bc: blr x17
;;   2c0: mov w0, w19
;;   2c4: ldr x16, [x26, #0x8]
;;   2c8: ldr x17, [x16]
;;   2cc: add sp, x16, #0x10
;;   2d0: br x17
;;
;; function 2 (256 bytes, calls [], stack maps [0x84: [16], 0xc0: [16]])
;;     0: ldr w0, [sp, #0x8]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0xa8
;;    24: ldr w16, [x28, #0xf0]
;;    28: cbnz w16, $+0x28
;;    2c: str w0, [x29, #0x18]
;;    30: ldr w16, [x28, #0xf0]
;;    34: cbnz w16, $+0x58
;;    38: sub w0, w0, #0x1
;;    3c: cbnz w0, $-0xc
;;    40: ldr x0, [x29, #0x10]
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov x17, #0x0
;;    54: add x15, x29, x17
;;    58: str x15, [x26, #0x50]
;;    5c: adr x15, $+0x28
;;    60: str x15, [x26, #0x58]
;;    64: mov x17, #0x50
;;    68: add x15, x26, x17
;;    6c: str x15, [x26, #0x60]
;;    70: mov w16, #0x1d000000
;;    74: stp x26, x16, [sp, #-0x10]!
;;    78: ldr x16, [x28, #0x38]
;;    7c: blr x16
;;    80: add sp, sp, #0x10
;;    84: str xzr, [x26, #0x60]
;;    88: b $-0x5c
;;    8c: mov x17, #0x0
;;    90: add x15, x29, x17
;;    94: str x15, [x26, #0x50]
;;    98: adr x15, $+0x28
;;    9c: str x15, [x26, #0x58]
;;    a0: mov x17, #0x50
;;    a4: add x15, x26, x17
;;    a8: str x15, [x26, #0x60]
;;    ac: mov w16, #0x1d000000
;;    b0: stp x26, x16, [sp, #-0x10]!
;;    b4: ldr x16, [x28, #0x38]
;;    b8: blr x16
;;    bc: add sp, sp, #0x10
;;    c0: str xzr, [x26, #0x60]
;;    c4: b $-0x8c
;;    c8: mov w0, #0x9
;;    cc: b $+0x24
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
