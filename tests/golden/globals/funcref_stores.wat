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
;; function 0 (539 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1d3
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov esi, dword [rbp + 0x18]
;;    20: mov rdi, qword [r14 + 0x58]
;;    24: cmp esi, dword [rdi + 0x8]
;;    27: jnb $+0x1c9
;;    2d: mov rdi, qword [rdi]
;;    30: shl rsi, 0x3
;;    34: add rdi, rsi
;;    37: test rbx, rbx
;;    3a: jz $+0xf1
;;    40: mov qword [rdi], rbx
;;    43: mov rbx, qword [rbp + 0x10]
;;    47: xor esi, esi
;;    4a: mov rdi, qword [r14 + 0x50]
;;    4e: cmp esi, dword [rdi + 0x8]
;;    51: jnb $+0x19f
;;    57: mov rdi, qword [rdi]
;;    5a: shl rsi, 0x3
;;    5e: add rdi, rsi
;;    61: test rbx, rbx
;;    64: jz $+0xe0
;;    6a: mov qword [rdi], rbx
;;    6d: mov rbx, qword [rbp + 0x10]
;;    71: mov rsi, qword [r14 + 0x70]
;;    75: mov qword [rsi], rbx
;;    78: mov rbx, qword [rbp + 0x10]
;;    7c: mov rsi, qword [r14 + 0x68]
;;    80: mov qword [rsi], rbx
;;    83: mov rbx, qword [r14 + 0x70]
;;    87: mov qword [rbx], 0x0
;;    8e: mov rbx, qword [rbp + 0x20]
;;    92: xor esi, esi
;;    95: mov rdi, qword [r14 + 0x60]
;;    99: cmp esi, dword [rdi + 0x8]
;;    9c: jnb $+0x154
;;    a2: mov rdi, qword [rdi]
;;    a5: shl rsi, 0x3
;;    a9: add rdi, rsi
;;    ac: mov qword [rdi], rbx
;;    af: mov rbx, qword [r14 + 0x48]
;;    b3: test rbx, rbx
;;    b6: jz $+0xa7
;;    bc: mov esi, 0x1
;;    c2: mov rdi, qword [r14 + 0x58]
;;    c6: cmp esi, dword [rdi + 0x8]
;;    c9: jnb $+0x127
;;    cf: mov rdi, qword [rdi]
;;    d2: shl rsi, 0x3
;;    d6: add rdi, rsi
;;    d9: test rbx, rbx
;;    dc: jz $+0x9e
;;    e2: mov qword [rdi], rbx
;;    e5: mov rbx, qword [r14 + 0x48]
;;    e9: test rbx, rbx
;;    ec: jz $+0xa7
;;    f2: mov rsi, qword [r14 + 0x70]
;;    f6: mov qword [rsi], rbx
;;    f9: mov rbx, qword [r14 + 0x48]
;;    fd: test rbx, rbx
;;   100: jz $+0xb0
;;   106: xor esi, esi
;;   109: mov rdi, qword [r14 + 0x50]
;;   10d: cmp esi, dword [rdi + 0x8]
;;   110: jnb $+0xe0
;;   116: mov rdi, qword [rdi]
;;   119: shl rsi, 0x3
;;   11d: add rdi, rsi
;;   120: test rbx, rbx
;;   123: jz $+0xaa
;;   129: mov qword [rdi], rbx
;;   12c: mov rsp, rbp
;;   12f: pop rbp
;;   130: ret
;;   131: push rbx
;;   133: push 0x13000001
;;   138: call qword [r14 + 0x38]
;;   140: lea rsp, qword [rsp + 0x10]
;;   145: jmp $-0x10a
;;   14a: push rbx
;;   14c: push 0x13000000
;;   151: call qword [r14 + 0x38]
;;   159: lea rsp, qword [rsp + 0x10]
;;   15e: jmp $-0xf9
;;   163: push rbx
;;   165: push 0x11000000
;;   16a: call qword [r14 + 0x38]
;;   172: lea rsp, qword [rsp + 0x10]
;;   177: mov rbx, qword [r14 + 0x48]
;;   17b: jmp $-0xc4
;;   180: push rbx
;;   182: push 0x13000001
;;   187: call qword [r14 + 0x38]
;;   18f: lea rsp, qword [rsp + 0x10]
;;   194: jmp $-0xb7
;;   199: push rbx
;;   19b: push 0x11000000
;;   1a0: call qword [r14 + 0x38]
;;   1a8: lea rsp, qword [rsp + 0x10]
;;   1ad: mov rbx, qword [r14 + 0x48]
;;   1b1: jmp $-0xc4
;;   1b6: push rbx
;;   1b8: push 0x11000000
;;   1bd: call qword [r14 + 0x38]
;;   1c5: lea rsp, qword [rsp + 0x10]
;;   1ca: mov rbx, qword [r14 + 0x48]
;;   1ce: jmp $-0xcd
;;   1d3: push rbx
;;   1d5: push 0x13000000
;;   1da: call qword [r14 + 0x38]
;;   1e2: lea rsp, qword [rsp + 0x10]
;;   1e7: jmp $-0xc3
;;   1ec: mov eax, 0x9
;;   1f1: jmp $+0x20
;;   1f6: mov eax, 0xa
;;   1fb: jmp $+0x0
;;   200: mov ebx, eax
;;   202: mov rdi, rbp
;;   205: lea rsi, qword [rip - 0xc]
;;   20c: and rsp, -0x10
;;   210: call qword [r14 + 0x30]
;;   214: mov eax, ebx
;;   216: mov rsp, qword [r13 + 0x8]
;;   21a: ret

;; ==== aarch64 ====
;; function 0 (572 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x1dc
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr w1, [x29, #0x18]
;;    2c: ldr x2, [x28, #0x58]
;;    30: ldr w16, [x2, #0x8]
;;    34: cmp w1, w16
;;    38: b.hs $+0x1cc
;;    3c: ldr x2, [x2]
;;    40: lsl x1, x1, #0x3
;;    44: add x2, x2, x1
;;    48: cbz x0, $+0xf8
;;    4c: str x0, [x2]
;;    50: ldr x0, [x29, #0x10]
;;    54: mov w1, #0x0
;;    58: ldr x2, [x28, #0x50]
;;    5c: ldr w16, [x2, #0x8]
;;    60: cmp w1, w16
;;    64: b.hs $+0x1a0
;;    68: ldr x2, [x2]
;;    6c: lsl x1, x1, #0x3
;;    70: add x2, x2, x1
;;    74: cbz x0, $+0xe8
;;    78: str x0, [x2]
;;    7c: ldr x0, [x29, #0x10]
;;    80: ldr x1, [x28, #0x70]
;;    84: str x0, [x1]
;;    88: ldr x0, [x29, #0x10]
;;    8c: ldr x1, [x28, #0x68]
;;    90: str x0, [x1]
;;    94: ldr x0, [x28, #0x70]
;;    98: str xzr, [x0]
;;    9c: ldr x0, [x29, #0x20]
;;    a0: mov w1, #0x0
;;    a4: ldr x2, [x28, #0x60]
;;    a8: ldr w16, [x2, #0x8]
;;    ac: cmp w1, w16
;;    b0: b.hs $+0x154
;;    b4: ldr x2, [x2]
;;    b8: lsl x1, x1, #0x3
;;    bc: add x2, x2, x1
;;    c0: str x0, [x2]
;;    c4: ldr x0, [x28, #0x48]
;;    c8: cbz x0, $+0xac
;;    cc: mov w1, #0x1
;;    d0: ldr x2, [x28, #0x58]
;;    d4: ldr w16, [x2, #0x8]
;;    d8: cmp w1, w16
;;    dc: b.hs $+0x128
;;    e0: ldr x2, [x2]
;;    e4: lsl x1, x1, #0x3
;;    e8: add x2, x2, x1
;;    ec: cbz x0, $+0xa4
;;    f0: str x0, [x2]
;;    f4: ldr x0, [x28, #0x48]
;;    f8: cbz x0, $+0xb4
;;    fc: ldr x1, [x28, #0x70]
;;   100: str x0, [x1]
;;   104: ldr x0, [x28, #0x48]
;;   108: cbz x0, $+0xc0
;;   10c: mov w1, #0x0
;;   110: ldr x2, [x28, #0x50]
;;   114: ldr w16, [x2, #0x8]
;;   118: cmp w1, w16
;;   11c: b.hs $+0xe8
;;   120: ldr x2, [x2]
;;   124: lsl x1, x1, #0x3
;;   128: add x2, x2, x1
;;   12c: cbz x0, $+0xb8
;;   130: str x0, [x2]
;;   134: mov sp, x29
;;   138: ldp x29, x30, [sp], #0x10
;;   13c: ret
;;   140: mov w16, #0x1
;;   144: movk w16, #0x1300, lsl #16
;;   148: stp x0, x16, [sp, #-0x10]!
;;   14c: ldr x16, [x28, #0x38]
;;   150: blr x16
;;   154: add sp, sp, #0x10
;;   158: b $-0x10c
;;   15c: mov w16, #0x13000000
;;   160: stp x0, x16, [sp, #-0x10]!
;;   164: ldr x16, [x28, #0x38]
;;   168: blr x16
;;   16c: add sp, sp, #0x10
;;   170: b $-0xf8
;;   174: mov w16, #0x11000000
;;   178: stp x0, x16, [sp, #-0x10]!
;;   17c: ldr x16, [x28, #0x38]
;;   180: blr x16
;;   184: add sp, sp, #0x10
;;   188: ldr x0, [x28, #0x48]
;;   18c: b $-0xc0
;;   190: mov w16, #0x1
;;   194: movk w16, #0x1300, lsl #16
;;   198: stp x0, x16, [sp, #-0x10]!
;;   19c: ldr x16, [x28, #0x38]
;;   1a0: blr x16
;;   1a4: add sp, sp, #0x10
;;   1a8: b $-0xb8
;;   1ac: mov w16, #0x11000000
;;   1b0: stp x0, x16, [sp, #-0x10]!
;;   1b4: ldr x16, [x28, #0x38]
;;   1b8: blr x16
;;   1bc: add sp, sp, #0x10
;;   1c0: ldr x0, [x28, #0x48]
;;   1c4: b $-0xc8
;;   1c8: mov w16, #0x11000000
;;   1cc: stp x0, x16, [sp, #-0x10]!
;;   1d0: ldr x16, [x28, #0x38]
;;   1d4: blr x16
;;   1d8: add sp, sp, #0x10
;;   1dc: ldr x0, [x28, #0x48]
;;   1e0: b $-0xd4
;;   1e4: mov w16, #0x13000000
;;   1e8: stp x0, x16, [sp, #-0x10]!
;;   1ec: ldr x16, [x28, #0x38]
;;   1f0: blr x16
;;   1f4: add sp, sp, #0x10
;;   1f8: b $-0xc8
;;   1fc: mov w0, #0x9
;;   200: b $+0x2c
;;   204: mov w0, #0xa
;;   208: b $+0x4
;;   20c: mov w19, w0
;;   210: mov x0, x29
;;   214: adr x1, $-0x8
;;   218: mov x16, sp
;;   21c: and sp, x16, #0xfffffffffffffff0
;;   220: ldr x17, [x28, #0x30]
;;   224: blr x17
;;   228: mov w0, w19
;;   22c: ldr x16, [x26, #0x8]
;;   230: ldr x17, [x16]
;;   234: add sp, x16, #0x10
;;   238: br x17
