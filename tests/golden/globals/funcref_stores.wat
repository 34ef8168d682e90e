;; Function references stored into tables and globals, own or imported: plain stores (a
;; module that stores into imported ones is pinned before it runs).
(module (import "lib" "t" (table $shared 1 funcref))
  (import "lib" "g" (global $shared_g (mut funcref)))
  (table $own 2 funcref) (table $host 1 externref)
  (global $g (mut funcref) (ref.null func))
  (elem declare func $f)
  (func $f (param funcref i32 externref)
    (table.set $own (local.get 1) (local.get 0))
    (table.set $shared (i32.const 0) (local.get 0))
    (global.set $g (local.get 0))
    (global.set $shared_g (local.get 0))
    (global.set $g (ref.null func))
    (table.set $host (i32.const 0) (local.get 2))
    (table.set $own (i32.const 1) (ref.func $f))
    (global.set $g (ref.func $f))
    (table.set $shared (i32.const 0) (ref.func $f))))

;; ==== x64 ====
;; function 0 (540 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x10]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x1d0
;;    1d: mov rbx, qword [rbp + 0x10]
;;    21: mov rdi, qword [r14 + 0x58]
;;    25: cmp esi, dword [rdi + 0x8]
;;    28: jnb $+0x1c9
;;    2e: mov rdi, qword [rdi]
;;    31: shl rsi, 0x3
;;    35: add rdi, rsi
;;    38: test rbx, rbx
;;    3b: jz $+0xf1
;;    41: mov qword [rdi], rbx
;;    44: mov rbx, qword [rbp + 0x10]
;;    48: xor esi, esi
;;    4b: mov rdi, qword [r14 + 0x50]
;;    4f: cmp esi, dword [rdi + 0x8]
;;    52: jnb $+0x19f
;;    58: mov rdi, qword [rdi]
;;    5b: shl rsi, 0x3
;;    5f: add rdi, rsi
;;    62: test rbx, rbx
;;    65: jz $+0xe0
;;    6b: mov qword [rdi], rbx
;;    6e: mov rbx, qword [rbp + 0x10]
;;    72: mov rsi, qword [r14 + 0x70]
;;    76: mov qword [rsi], rbx
;;    79: mov rbx, qword [rbp + 0x10]
;;    7d: mov rsi, qword [r14 + 0x68]
;;    81: mov qword [rsi], rbx
;;    84: mov rbx, qword [r14 + 0x70]
;;    88: mov qword [rbx], 0x0
;;    8f: mov rbx, qword [rbp + 0x20]
;;    93: xor esi, esi
;;    96: mov rdi, qword [r14 + 0x60]
;;    9a: cmp esi, dword [rdi + 0x8]
;;    9d: jnb $+0x154
;;    a3: mov rdi, qword [rdi]
;;    a6: shl rsi, 0x3
;;    aa: add rdi, rsi
;;    ad: mov qword [rdi], rbx
;;    b0: mov rbx, qword [r14 + 0x48]
;;    b4: test rbx, rbx
;;    b7: jz $+0xa7
;;    bd: mov esi, 0x1
;;    c3: mov rdi, qword [r14 + 0x58]
;;    c7: cmp esi, dword [rdi + 0x8]
;;    ca: jnb $+0x127
;;    d0: mov rdi, qword [rdi]
;;    d3: shl rsi, 0x3
;;    d7: add rdi, rsi
;;    da: test rbx, rbx
;;    dd: jz $+0x9e
;;    e3: mov qword [rdi], rbx
;;    e6: mov rbx, qword [r14 + 0x48]
;;    ea: test rbx, rbx
;;    ed: jz $+0xa7
;;    f3: mov rsi, qword [r14 + 0x70]
;;    f7: mov qword [rsi], rbx
;;    fa: mov rbx, qword [r14 + 0x48]
;;    fe: test rbx, rbx
;;   101: jz $+0xb0
;;   107: xor esi, esi
;;   10a: mov rdi, qword [r14 + 0x50]
;;   10e: cmp esi, dword [rdi + 0x8]
;;   111: jnb $+0xe0
;;   117: mov rdi, qword [rdi]
;;   11a: shl rsi, 0x3
;;   11e: add rdi, rsi
;;   121: test rbx, rbx
;;   124: jz $+0xaa
;;   12a: mov qword [rdi], rbx
;;   12d: mov rsp, rbp
;;   130: pop rbp
;;   131: ret
;;   132: push rbx
;;   134: push 0x13000001
;;   139: call qword [r14 + 0x38]
;;   141: lea rsp, qword [rsp + 0x10]
;;   146: jmp $-0x10a
;;   14b: push rbx
;;   14d: push 0x13000000
;;   152: call qword [r14 + 0x38]
;;   15a: lea rsp, qword [rsp + 0x10]
;;   15f: jmp $-0xf9
;;   164: push rbx
;;   166: push 0x11000000
;;   16b: call qword [r14 + 0x38]
;;   173: lea rsp, qword [rsp + 0x10]
;;   178: mov rbx, qword [r14 + 0x48]
;;   17c: jmp $-0xc4
;;   181: push rbx
;;   183: push 0x13000001
;;   188: call qword [r14 + 0x38]
;;   190: lea rsp, qword [rsp + 0x10]
;;   195: jmp $-0xb7
;;   19a: push rbx
;;   19c: push 0x11000000
;;   1a1: call qword [r14 + 0x38]
;;   1a9: lea rsp, qword [rsp + 0x10]
;;   1ae: mov rbx, qword [r14 + 0x48]
;;   1b2: jmp $-0xc4
;;   1b7: push rbx
;;   1b9: push 0x11000000
;;   1be: call qword [r14 + 0x38]
;;   1c6: lea rsp, qword [rsp + 0x10]
;;   1cb: mov rbx, qword [r14 + 0x48]
;;   1cf: jmp $-0xcd
;;   1d4: push rbx
;;   1d6: push 0x13000000
;;   1db: call qword [r14 + 0x38]
;;   1e3: lea rsp, qword [rsp + 0x10]
;;   1e8: jmp $-0xc3
;;   1ed: mov eax, 0x9
;;   1f2: jmp $+0x20
;;   1f7: mov eax, 0xa
;;   1fc: jmp $+0x0
;;   201: mov ebx, eax
;;   203: mov rdi, rbp
;;   206: lea rsi, qword [rip - 0xc]
;;   20d: and rsp, -0x10
;;   211: call qword [r14 + 0x30]
;;   215: mov eax, ebx
;;   217: mov rsp, qword [r13 + 0x8]
;;   21b: ret

;; ==== aarch64 ====
;; function 0 (568 bytes, calls [])
;;     0: ldr w0, [sp, #0x8]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x1d8
;;    24: ldr x1, [x29, #0x10]
;;    28: ldr x2, [x28, #0x58]
;;    2c: ldr w16, [x2, #0x8]
;;    30: cmp w0, w16
;;    34: b.hs $+0x1cc
;;    38: ldr x2, [x2]
;;    3c: lsl x0, x0, #0x3
;;    40: add x2, x2, x0
;;    44: cbz x1, $+0xf8
;;    48: str x1, [x2]
;;    4c: ldr x0, [x29, #0x10]
;;    50: mov w1, #0x0
;;    54: ldr x2, [x28, #0x50]
;;    58: ldr w16, [x2, #0x8]
;;    5c: cmp w1, w16
;;    60: b.hs $+0x1a0
;;    64: ldr x2, [x2]
;;    68: lsl x1, x1, #0x3
;;    6c: add x2, x2, x1
;;    70: cbz x0, $+0xe8
;;    74: str x0, [x2]
;;    78: ldr x0, [x29, #0x10]
;;    7c: ldr x1, [x28, #0x70]
;;    80: str x0, [x1]
;;    84: ldr x0, [x29, #0x10]
;;    88: ldr x1, [x28, #0x68]
;;    8c: str x0, [x1]
;;    90: ldr x0, [x28, #0x70]
;;    94: str xzr, [x0]
;;    98: ldr x0, [x29, #0x20]
;;    9c: mov w1, #0x0
;;    a0: ldr x2, [x28, #0x60]
;;    a4: ldr w16, [x2, #0x8]
;;    a8: cmp w1, w16
;;    ac: b.hs $+0x154
;;    b0: ldr x2, [x2]
;;    b4: lsl x1, x1, #0x3
;;    b8: add x2, x2, x1
;;    bc: str x0, [x2]
;;    c0: ldr x0, [x28, #0x48]
;;    c4: cbz x0, $+0xac
;;    c8: mov w1, #0x1
;;    cc: ldr x2, [x28, #0x58]
;;    d0: ldr w16, [x2, #0x8]
;;    d4: cmp w1, w16
;;    d8: b.hs $+0x128
;;    dc: ldr x2, [x2]
;;    e0: lsl x1, x1, #0x3
;;    e4: add x2, x2, x1
;;    e8: cbz x0, $+0xa4
;;    ec: str x0, [x2]
;;    f0: ldr x0, [x28, #0x48]
;;    f4: cbz x0, $+0xb4
;;    f8: ldr x1, [x28, #0x70]
;;    fc: str x0, [x1]
;;   100: ldr x0, [x28, #0x48]
;;   104: cbz x0, $+0xc0
;;   108: mov w1, #0x0
;;   10c: ldr x2, [x28, #0x50]
;;   110: ldr w16, [x2, #0x8]
;;   114: cmp w1, w16
;;   118: b.hs $+0xe8
;;   11c: ldr x2, [x2]
;;   120: lsl x1, x1, #0x3
;;   124: add x2, x2, x1
;;   128: cbz x0, $+0xb8
;;   12c: str x0, [x2]
;;   130: mov sp, x29
;;   134: ldp x29, x30, [sp], #0x10
;;   138: ret
;;   13c: mov w16, #0x1
;;   140: movk w16, #0x1300, lsl #16
;;   144: stp x1, x16, [sp, #-0x10]!
;;   148: ldr x16, [x28, #0x38]
;;   14c: blr x16
;;   150: add sp, sp, #0x10
;;   154: b $-0x10c
;;   158: mov w16, #0x13000000
;;   15c: stp x0, x16, [sp, #-0x10]!
;;   160: ldr x16, [x28, #0x38]
;;   164: blr x16
;;   168: add sp, sp, #0x10
;;   16c: b $-0xf8
;;   170: mov w16, #0x11000000
;;   174: stp x0, x16, [sp, #-0x10]!
;;   178: ldr x16, [x28, #0x38]
;;   17c: blr x16
;;   180: add sp, sp, #0x10
;;   184: ldr x0, [x28, #0x48]
;;   188: b $-0xc0
;;   18c: mov w16, #0x1
;;   190: movk w16, #0x1300, lsl #16
;;   194: stp x0, x16, [sp, #-0x10]!
;;   198: ldr x16, [x28, #0x38]
;;   19c: blr x16
;;   1a0: add sp, sp, #0x10
;;   1a4: b $-0xb8
;;   1a8: mov w16, #0x11000000
;;   1ac: stp x0, x16, [sp, #-0x10]!
;;   1b0: ldr x16, [x28, #0x38]
;;   1b4: blr x16
;;   1b8: add sp, sp, #0x10
;;   1bc: ldr x0, [x28, #0x48]
;;   1c0: b $-0xc8
;;   1c4: mov w16, #0x11000000
;;   1c8: stp x0, x16, [sp, #-0x10]!
;;   1cc: ldr x16, [x28, #0x38]
;;   1d0: blr x16
;;   1d4: add sp, sp, #0x10
;;   1d8: ldr x0, [x28, #0x48]
;;   1dc: b $-0xd4
;;   1e0: mov w16, #0x13000000
;;   1e4: stp x0, x16, [sp, #-0x10]!
;;   1e8: ldr x16, [x28, #0x38]
;;   1ec: blr x16
;;   1f0: add sp, sp, #0x10
;;   1f4: b $-0xc8
;;   1f8: mov w0, #0x9
;;   1fc: b $+0x2c
;;   200: mov w0, #0xa
;;   204: b $+0x4
;;   208: mov w19, w0
;;   20c: mov x0, x29
;;   210: adr x1, $-0x8
;;   214: mov x16, sp
;;   218: and sp, x16, #0xfffffffffffffff0
;;   21c: ldr x17, [x28, #0x30]
;;   220: blr x17
;;   224: mov w0, w19
;;   228: ldr x16, [x26, #0x8]
;;   22c: ldr x17, [x16]
;;   230: add sp, x16, #0x10
;;   234: br x17
