;; table.fill, table.copy, table.init and elem.drop call builtins.
(module (table $t 8 funcref) (elem $e func $f $f)
  (func $f (param i32)
    (table.fill $t (local.get 0) (ref.null func) (i32.const 2))
    (table.copy $t $t (i32.const 0) (local.get 0) (i32.const 2))
    (table.init $t $e (local.get 0) (i32.const 0) (i32.const 2))
    (elem.drop $e)))

;; ==== x64 ====
;; function 0 (230 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x9e
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: mov edx, dword [rbp - 0x10]
;;    22: xor ecx, ecx
;;    25: mov r8d, 0x2
;;    2b: xor esi, esi
;;    2e: mov rdi, r14
;;    31: mov rbx, qword [r14 + 0x18]
;;    35: mov rbx, qword [rbx + 0x30]
;;    39: call rbx
;;    3c: test eax, eax
;;    3e: jnz $+0x7d
;;    44: mov eax, dword [rbp + 0x10]
;;    47: mov dword [rbp - 0x18], eax
;;    4a: xor ecx, ecx
;;    4d: mov r8d, dword [rbp - 0x18]
;;    51: mov r9d, 0x2
;;    57: xor esi, esi
;;    5a: xor edx, edx
;;    5d: mov rdi, r14
;;    60: mov rbx, qword [r14 + 0x18]
;;    64: mov rbx, qword [rbx + 0x38]
;;    68: call rbx
;;    6b: test eax, eax
;;    6d: jnz $+0x4e
;;    73: mov eax, dword [rbp + 0x10]
;;    76: mov dword [rbp - 0x10], eax
;;    79: mov ecx, dword [rbp - 0x10]
;;    7c: xor r8d, r8d
;;    7f: mov r9d, 0x2
;;    85: xor esi, esi
;;    88: xor edx, edx
;;    8b: mov rdi, r14
;;    8e: mov rbx, qword [r14 + 0x18]
;;    92: mov rbx, qword [rbx + 0x40]
;;    96: call rbx
;;    99: test eax, eax
;;    9b: jnz $+0x20
;;    a1: xor esi, esi
;;    a4: mov rdi, r14
;;    a7: mov rbx, qword [r14 + 0x18]
;;    ab: mov rbx, qword [rbx + 0x48]
;;    af: call rbx
;;    b2: mov rsp, rbp
;;    b5: pop rbp
;;    b6: ret
;;    b7: mov eax, 0x9
;;    bc: jmp $+0x20
;;    c1: mov eax, 0xa
;;    c6: jmp $+0x0
;;    cb: mov ebx, eax
;;    cd: mov rdi, rbp
;;    d0: lea rsi, qword [rip - 0xc]
;;    d7: and rsp, -0x10
;;    db: call qword [r14 + 0x30]
;;    df: mov eax, ebx
;;    e1: mov rsp, qword [r13 + 0x8]
;;    e5: ret

;; ==== aarch64 ====
;; function 0 (268 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xb0
;;    20: ldr w16, [x29, #0x10]
;;    24: stur w16, [x29, #-0x10]
;;    28: ldur w2, [x29, #-0x10]
;;    2c: mov x3, #0x0
;;    30: mov w4, #0x2
;;    34: mov w1, #0x0
;;    38: mov x0, x28
;;    3c: ldr x5, [x28, #0x18]
;;    40: ldr x5, [x5, #0x30]
;;    44: blr x5
;;    48: cbnz w0, $+0x8c
;;    4c: ldr w16, [x29, #0x10]
;;    50: stur w16, [x29, #-0x18]
;;    54: mov w3, #0x0
;;    58: ldur w4, [x29, #-0x18]
;;    5c: mov w5, #0x2
;;    60: mov w1, #0x0
;;    64: mov w2, #0x0
;;    68: mov x0, x28
;;    6c: ldr x6, [x28, #0x18]
;;    70: ldr x6, [x6, #0x38]
;;    74: blr x6
;;    78: cbnz w0, $+0x5c
;;    7c: ldr w16, [x29, #0x10]
;;    80: stur w16, [x29, #-0x10]
;;    84: ldur w3, [x29, #-0x10]
;;    88: mov w4, #0x0
;;    8c: mov w5, #0x2
;;    90: mov w1, #0x0
;;    94: mov w2, #0x0
;;    98: mov x0, x28
;;    9c: ldr x6, [x28, #0x18]
;;    a0: ldr x6, [x6, #0x40]
;;    a4: blr x6
;;    a8: cbnz w0, $+0x2c
;;    ac: mov w1, #0x0
;;    b0: mov x0, x28
;;    b4: ldr x2, [x28, #0x18]
;;    b8: ldr x2, [x2, #0x48]
;;    bc: blr x2
;;    c0: mov sp, x29
;;    c4: ldp x29, x30, [sp], #0x10
;;    c8: ret
;;    cc: mov w0, #0x9
;;    d0: b $+0x2c
;;    d4: mov w0, #0xa
;;    d8: b $+0x4
;;    dc: mov w19, w0
;;    e0: mov x0, x29
;;    e4: adr x1, $-0x8
;;    e8: mov x16, sp
;;    ec: and sp, x16, #0xfffffffffffffff0
;;    f0: ldr x17, [x28, #0x30]
;;    f4: blr x17
;;    f8: mov w0, w19
;;    fc: ldr x16, [x26, #0x8]
;;   100: ldr x17, [x16]
;;   104: add sp, x16, #0x10
;;   108: br x17
