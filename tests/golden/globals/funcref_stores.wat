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
;; function 0 (289 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xd9
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov esi, dword [rbp + 0x18]
;;    20: mov rdi, qword [r14 + 0x58]
;;    24: cmp esi, dword [rdi + 0x8]
;;    27: jnb $+0xcf
;;    2d: mov rdi, qword [rdi]
;;    30: shl rsi, 0x3
;;    34: add rdi, rsi
;;    37: mov qword [rdi], rbx
;;    3a: mov rbx, qword [rbp + 0x10]
;;    3e: xor esi, esi
;;    41: mov rdi, qword [r14 + 0x50]
;;    45: cmp esi, dword [rdi + 0x8]
;;    48: jnb $+0xae
;;    4e: mov rdi, qword [rdi]
;;    51: shl rsi, 0x3
;;    55: add rdi, rsi
;;    58: mov qword [rdi], rbx
;;    5b: mov rbx, qword [rbp + 0x10]
;;    5f: mov rsi, qword [r14 + 0x70]
;;    63: mov qword [rsi], rbx
;;    66: mov rbx, qword [rbp + 0x10]
;;    6a: mov rsi, qword [r14 + 0x68]
;;    6e: mov qword [rsi], rbx
;;    71: mov rbx, qword [r14 + 0x70]
;;    75: mov qword [rbx], 0x0
;;    7c: mov rbx, qword [rbp + 0x20]
;;    80: xor esi, esi
;;    83: mov rdi, qword [r14 + 0x60]
;;    87: cmp esi, dword [rdi + 0x8]
;;    8a: jnb $+0x6c
;;    90: mov rdi, qword [rdi]
;;    93: shl rsi, 0x3
;;    97: add rdi, rsi
;;    9a: mov qword [rdi], rbx
;;    9d: mov rbx, qword [r14 + 0x48]
;;    a1: mov esi, 0x1
;;    a7: mov rdi, qword [r14 + 0x58]
;;    ab: cmp esi, dword [rdi + 0x8]
;;    ae: jnb $+0x48
;;    b4: mov rdi, qword [rdi]
;;    b7: shl rsi, 0x3
;;    bb: add rdi, rsi
;;    be: mov qword [rdi], rbx
;;    c1: mov rbx, qword [r14 + 0x48]
;;    c5: mov rsi, qword [r14 + 0x70]
;;    c9: mov qword [rsi], rbx
;;    cc: mov rbx, qword [r14 + 0x48]
;;    d0: xor esi, esi
;;    d3: mov rdi, qword [r14 + 0x50]
;;    d7: cmp esi, dword [rdi + 0x8]
;;    da: jnb $+0x1c
;;    e0: mov rdi, qword [rdi]
;;    e3: shl rsi, 0x3
;;    e7: add rdi, rsi
;;    ea: mov qword [rdi], rbx
;;    ed: mov rsp, rbp
;;    f0: pop rbp
;;    f1: ret
;;    f2: mov eax, 0x9
;;    f7: jmp $+0x20
;;    fc: mov eax, 0xa
;;   101: jmp $+0x0
;;   106: mov ebx, eax
;;   108: mov rdi, rbp
;;   10b: lea rsi, qword [rip - 0xc]
;;   112: and rsp, -0x10
;;   116: call qword [r14 + 0x30]
;;   11a: mov eax, ebx
;;   11c: mov rsp, qword [r13 + 0x8]
;;   120: ret

;; ==== aarch64 ====
;; function 0 (356 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x104
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr w1, [x29, #0x18]
;;    2c: ldr x2, [x28, #0x58]
;;    30: ldr w16, [x2, #0x8]
;;    34: cmp w1, w16
;;    38: b.hs $+0xf4
;;    3c: ldr x2, [x2]
;;    40: lsl x1, x1, #0x3
;;    44: add x2, x2, x1
;;    48: str x0, [x2]
;;    4c: ldr x0, [x29, #0x10]
;;    50: mov w1, #0x0
;;    54: ldr x2, [x28, #0x50]
;;    58: ldr w16, [x2, #0x8]
;;    5c: cmp w1, w16
;;    60: b.hs $+0xcc
;;    64: ldr x2, [x2]
;;    68: lsl x1, x1, #0x3
;;    6c: add x2, x2, x1
;;    70: str x0, [x2]
;;    74: ldr x0, [x29, #0x10]
;;    78: ldr x1, [x28, #0x70]
;;    7c: str x0, [x1]
;;    80: ldr x0, [x29, #0x10]
;;    84: ldr x1, [x28, #0x68]
;;    88: str x0, [x1]
;;    8c: ldr x0, [x28, #0x70]
;;    90: str xzr, [x0]
;;    94: ldr x0, [x29, #0x20]
;;    98: mov w1, #0x0
;;    9c: ldr x2, [x28, #0x60]
;;    a0: ldr w16, [x2, #0x8]
;;    a4: cmp w1, w16
;;    a8: b.hs $+0x84
;;    ac: ldr x2, [x2]
;;    b0: lsl x1, x1, #0x3
;;    b4: add x2, x2, x1
;;    b8: str x0, [x2]
;;    bc: ldr x0, [x28, #0x48]
;;    c0: mov w1, #0x1
;;    c4: ldr x2, [x28, #0x58]
;;    c8: ldr w16, [x2, #0x8]
;;    cc: cmp w1, w16
;;    d0: b.hs $+0x5c
;;    d4: ldr x2, [x2]
;;    d8: lsl x1, x1, #0x3
;;    dc: add x2, x2, x1
;;    e0: str x0, [x2]
;;    e4: ldr x0, [x28, #0x48]
;;    e8: ldr x1, [x28, #0x70]
;;    ec: str x0, [x1]
;;    f0: ldr x0, [x28, #0x48]
;;    f4: mov w1, #0x0
;;    f8: ldr x2, [x28, #0x50]
;;    fc: ldr w16, [x2, #0x8]
;;   100: cmp w1, w16
;;   104: b.hs $+0x28
;;   108: ldr x2, [x2]
;;   10c: lsl x1, x1, #0x3
;;   110: add x2, x2, x1
;;   114: str x0, [x2]
;;   118: mov sp, x29
;;   11c: ldp x29, x30, [sp], #0x10
;;   120: ret
;;   124: mov w0, #0x9
;;   128: b $+0x2c
;;   12c: mov w0, #0xa
;;   130: b $+0x4
;;   134: mov w19, w0
;;   138: mov x0, x29
;;   13c: adr x1, $-0x8
;;   140: mov x16, sp
;;   144: and sp, x16, #0xfffffffffffffff0
;;   148: ldr x17, [x28, #0x30]
;;   14c: blr x17
;;   150: mov w0, w19
;;   154: ldr x16, [x26, #0x8]
;;   158: ldr x17, [x16]
;;   15c: add sp, x16, #0x10
;;   160: br x17
