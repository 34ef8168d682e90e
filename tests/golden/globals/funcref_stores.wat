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
;; function 0 (568 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x1dc
;;    20: ldr x0, [x29, #0x10]
;;    24: ldr w1, [x29, #0x18]
;;    28: ldr x2, [x28, #0x58]
;;    2c: ldr w16, [x2, #0x8]
;;    30: cmp w1, w16
;;    34: b.hs $+0x1cc
;;    38: ldr x2, [x2]
;;    3c: lsl x1, x1, #0x3
;;    40: add x2, x2, x1
;;    44: cbz x0, $+0xf8
;;    48: str x0, [x2]
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
;;   144: stp x0, x16, [sp, #-0x10]!
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
