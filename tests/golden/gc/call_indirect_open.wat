;;! gc
;; call_indirect to a type open to subtyping: equal ids pass as before; differing ids go to
;; a cold path after the body, which loads the callee's supertype display, checks its
;; length against the expected type's depth (1 here) and compares the id at that depth.
(module
  (type $top (sub (func (result i32))))
  (type $mid (sub $top (func (result i32))))
  (table 1 funcref)
  (func (export "as_mid") (param i32) (result i32) (call_indirect (type $mid) (local.get 0))))

;; ==== x64 ====
;; function 0 (244 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x94
;;    1d: mov rbx, qword [r14 + 0x58]
;;    21: cmp esi, dword [rbx + 0x8]
;;    24: jnb $+0x91
;;    2a: mov rbx, qword [rbx]
;;    2d: shl rsi, 0x3
;;    31: add rsi, rbx
;;    34: mov rbx, qword [rsi]
;;    37: test rbx, rbx
;;    3a: jz $+0x2f
;;    40: mov esi, dword [r14 + 0x44]
;;    44: cmp esi, dword [rbx + 0x10]
;;    47: jnz $+0x44
;;    4d: mov rax, r14
;;    50: mov r14, qword [rbx + 0x8]
;;    54: mov r15, qword [r14]
;;    57: mov rbx, qword [rbx]
;;    5a: call rbx
;;    5d: mov r14, qword [rbp - 0x8]
;;    61: mov r15, qword [r14]
;;    64: mov ebx, eax
;;    67: mov eax, ebx
;;    6a: mov rsp, rbp
;;    6d: pop rbp
;;    6e: ret
;;    6f: push rsi
;;    71: push 0x12000000
;;    76: call qword [r14 + 0x38]
;;    7e: lea rsp, qword [rsp + 0x10]
;;    83: mov rbx, qword [rsi]
;;    86: test rbx, rbx
;;    89: jz $+0x36
;;    8f: jmp $-0x51
;;    91: mov rdi, qword [rbx + 0x20]
;;    95: mov r8d, dword [rdi]
;;    98: cmp r8d, 0x1
;;    9c: jna $+0x2d
;;    a2: mov r8d, dword [rdi + 0x8]
;;    a6: cmp r8d, esi
;;    a9: jnz $+0x20
;;    af: jmp $-0x64
;;    b1: mov eax, 0x9
;;    b6: jmp $+0x34
;;    bb: mov eax, 0x6
;;    c0: jmp $+0x14
;;    c5: mov eax, 0x7
;;    ca: jmp $+0xa
;;    cf: mov eax, 0x8
;;    d4: jmp $+0x0
;;    d9: mov ebx, eax
;;    db: mov rdi, rbp
;;    de: lea rsi, qword [rip - 0xc]
;;    e5: and rsp, -0x10
;;    e9: call qword [r14 + 0x30]
;;    ed: mov eax, ebx
;;    ef: mov rsp, qword [r13 + 0x8]
;;    f3: ret

;; ==== aarch64 ====
;; function 0 (280 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0xa8
;;    24: ldr x1, [x28, #0x58]
;;    28: ldr w16, [x1, #0x8]
;;    2c: cmp w0, w16
;;    30: b.hs $+0xa0
;;    34: ldr x1, [x1]
;;    38: lsl x0, x0, #0x3
;;    3c: add x0, x0, x1
;;    40: ldr x1, [x0]
;;    44: cbz x1, $+0x44
;;    48: ldr w0, [x28, #0x44]
;;    4c: ldr w16, [x1, #0x10]
;;    50: cmp w0, w16
;;    54: b.ne $+0x54
;;    58: mov x15, x28
;;    5c: ldr x28, [x1, #0x8]
;;    60: ldr x27, [x28]
;;    64: ldr x1, [x1]
;;    68: blr x1
;;    6c: ldur x28, [x29, #-0x8]
;;    70: ldr x27, [x28]
;;    74: mov w0, w0
;;    78: mov w0, w0
;;    7c: mov sp, x29
;;    80: ldp x29, x30, [sp], #0x10
;;    84: ret
;;    88: mov w16, #0x12000000
;;    8c: stp x0, x16, [sp, #-0x10]!
;;    90: ldr x16, [x28, #0x38]
;;    94: blr x16
;;    98: add sp, sp, #0x10
;;    9c: ldr x1, [x0]
;;    a0: cbz x1, $+0x38
;;    a4: b $-0x5c
;;    a8: ldr x2, [x1, #0x20]
;;    ac: ldr w3, [x2]
;;    b0: cmp w3, #0x1
;;    b4: b.ls $+0x2c
;;    b8: ldr w3, [x2, #0x8]
;;    bc: cmp w3, w0
;;    c0: b.ne $+0x20
;;    c4: b $-0x6c
;;    c8: mov w0, #0x9
;;    cc: b $+0x3c
;;    d0: mov w0, #0x6
;;    d4: b $+0x14
;;    d8: mov w0, #0x7
;;    dc: b $+0xc
;;    e0: mov w0, #0x8
;;    e4: b $+0x4
;;    e8: mov w19, w0
;;    ec: mov x0, x29
;;    f0: adr x1, $-0x8
;;    f4: mov x16, sp
;;    f8: and sp, x16, #0xfffffffffffffff0
;;    fc: ldr x17, [x28, #0x30]
;;   100: blr x17
;;   104: mov w0, w19
;;   108: ldr x16, [x26, #0x8]
;;   10c: ldr x17, [x16]
;;   110: add sp, x16, #0x10
;;   114: br x17
