;; table.fill, table.copy, table.init and elem.drop call builtins.
(module (table $t 8 funcref) (elem $e func $f $f)
  (func $f (param i32)
    (table.fill $t (local.get 0) (ref.null func) (i32.const 2))
    (table.copy $t $t (i32.const 0) (local.get 0) (i32.const 2))
    (table.init $t $e (local.get 0) (i32.const 0) (i32.const 2))
    (elem.drop $e)))

;; ==== x64 ====
;; function 0 (234 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x9e
;;    1d: mov dword [rbp - 0x10], esi
;;    20: mov dword [rbp + 0x10], esi
;;    23: mov edx, dword [rbp - 0x10]
;;    26: xor ecx, ecx
;;    29: mov r8d, 0x2
;;    2f: xor esi, esi
;;    32: mov rdi, r14
;;    35: mov rbx, qword [r14 + 0x18]
;;    39: mov rbx, qword [rbx + 0x30]
;;    3d: call rbx
;;    40: test eax, eax
;;    42: jnz $+0x7d
;;    48: mov eax, dword [rbp + 0x10]
;;    4b: mov dword [rbp - 0x18], eax
;;    4e: xor ecx, ecx
;;    51: mov r8d, dword [rbp - 0x18]
;;    55: mov r9d, 0x2
;;    5b: xor esi, esi
;;    5e: xor edx, edx
;;    61: mov rdi, r14
;;    64: mov rbx, qword [r14 + 0x18]
;;    68: mov rbx, qword [rbx + 0x38]
;;    6c: call rbx
;;    6f: test eax, eax
;;    71: jnz $+0x4e
;;    77: mov eax, dword [rbp + 0x10]
;;    7a: mov dword [rbp - 0x10], eax
;;    7d: mov ecx, dword [rbp - 0x10]
;;    80: xor r8d, r8d
;;    83: mov r9d, 0x2
;;    89: xor esi, esi
;;    8c: xor edx, edx
;;    8f: mov rdi, r14
;;    92: mov rbx, qword [r14 + 0x18]
;;    96: mov rbx, qword [rbx + 0x40]
;;    9a: call rbx
;;    9d: test eax, eax
;;    9f: jnz $+0x20
;;    a5: xor esi, esi
;;    a8: mov rdi, r14
;;    ab: mov rbx, qword [r14 + 0x18]
;;    af: mov rbx, qword [rbx + 0x48]
;;    b3: call rbx
;;    b6: mov rsp, rbp
;;    b9: pop rbp
;;    ba: ret
;;    bb: mov eax, 0x9
;;    c0: jmp $+0x20
;;    c5: mov eax, 0xa
;;    ca: jmp $+0x0
;;    cf: mov ebx, eax
;;    d1: mov rdi, rbp
;;    d4: lea rsi, qword [rip - 0xc]
;;    db: and rsp, -0x10
;;    df: call qword [r14 + 0x30]
;;    e3: mov eax, ebx
;;    e5: mov rsp, qword [r13 + 0x8]
;;    e9: ret

;; ==== aarch64 ====
;; function 0 (272 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0xb0
;;    24: stur w0, [x29, #-0x10]
;;    28: str w0, [x29, #0x10]
;;    2c: ldur w2, [x29, #-0x10]
;;    30: mov x3, #0x0
;;    34: mov w4, #0x2
;;    38: mov w1, #0x0
;;    3c: mov x0, x28
;;    40: ldr x5, [x28, #0x18]
;;    44: ldr x5, [x5, #0x30]
;;    48: blr x5
;;    4c: cbnz w0, $+0x8c
;;    50: ldr w16, [x29, #0x10]
;;    54: stur w16, [x29, #-0x18]
;;    58: mov w3, #0x0
;;    5c: ldur w4, [x29, #-0x18]
;;    60: mov w5, #0x2
;;    64: mov w1, #0x0
;;    68: mov w2, #0x0
;;    6c: mov x0, x28
;;    70: ldr x6, [x28, #0x18]
;;    74: ldr x6, [x6, #0x38]
;;    78: blr x6
;;    7c: cbnz w0, $+0x5c
;;    80: ldr w16, [x29, #0x10]
;;    84: stur w16, [x29, #-0x10]
;;    88: ldur w3, [x29, #-0x10]
;;    8c: mov w4, #0x0
;;    90: mov w5, #0x2
;;    94: mov w1, #0x0
;;    98: mov w2, #0x0
;;    9c: mov x0, x28
;;    a0: ldr x6, [x28, #0x18]
;;    a4: ldr x6, [x6, #0x40]
;;    a8: blr x6
;;    ac: cbnz w0, $+0x2c
;;    b0: mov w1, #0x0
;;    b4: mov x0, x28
;;    b8: ldr x2, [x28, #0x18]
;;    bc: ldr x2, [x2, #0x48]
;;    c0: blr x2
;;    c4: mov sp, x29
;;    c8: ldp x29, x30, [sp], #0x10
;;    cc: ret
;;    d0: mov w0, #0x9
;;    d4: b $+0x2c
;;    d8: mov w0, #0xa
;;    dc: b $+0x4
;;    e0: mov w19, w0
;;    e4: mov x0, x29
;;    e8: adr x1, $-0x8
;;    ec: mov x16, sp
;;    f0: and sp, x16, #0xfffffffffffffff0
;;    f4: ldr x17, [x28, #0x30]
;;    f8: blr x17
;;    fc: mov w0, w19
;;   100: ldr x16, [x26, #0x8]
;;   104: ldr x17, [x16]
;;   108: add sp, x16, #0x10
;;   10c: br x17
