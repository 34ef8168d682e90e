;;! listeners
;; A listened function: after its prologue it calls the ListenerEnter builtin with its
;; vmctx, its index and its incoming argument area (fp + 16), and traps with HostError on
;; a non-zero return. Each return (here the fallthrough and a br_if to the function's
;; label) stores its result to the incoming area, calls ListenerExit and reloads the
;; result register from there. Unlistened functions are unchanged (every other case).
(module
  (func (param i32 i64) (result i32)
    (drop (br_if 0 (local.get 0) (i64.eqz (local.get 1))))
    (i32.add (local.get 0) (i32.const 1))))

;; ==== x64 ====
;; function 0 (225 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: push rbp
;;     a: mov rbp, rsp
;;     d: sub rsp, 0x20
;;    14: mov qword [rbp - 0x8], r14
;;    18: cmp rsp, qword [r13]
;;    1c: jb $+0x90
;;    22: mov dword [rbp + 0x10], esi
;;    25: mov qword [rbp + 0x18], rdi
;;    29: mov rdi, r14
;;    2c: xor esi, esi
;;    2f: lea rdx, qword [rbp + 0x10]
;;    33: mov rbx, qword [r14 + 0x18]
;;    37: mov rbx, qword [rbx + 0x70]
;;    3b: call rbx
;;    3e: test eax, eax
;;    40: jnz $+0x76
;;    46: mov rbx, qword [rbp + 0x18]
;;    4a: test rbx, rbx
;;    4d: jnz $+0x31
;;    53: mov eax, dword [rbp + 0x10]
;;    56: mov dword [rbp - 0x10], eax
;;    59: mov eax, dword [rbp - 0x10]
;;    5c: mov dword [rbp + 0x10], eax
;;    5f: mov rdi, r14
;;    62: xor esi, esi
;;    65: lea rdx, qword [rbp + 0x10]
;;    69: mov rbx, qword [r14 + 0x18]
;;    6d: mov rbx, qword [rbx + 0x78]
;;    71: call rbx
;;    74: test eax, eax
;;    76: jnz $+0x40
;;    7c: mov eax, dword [rbp + 0x10]
;;    7f: mov rsp, rbp
;;    82: pop rbp
;;    83: ret
;;    84: mov esi, dword [rbp + 0x10]
;;    87: add esi, 0x1
;;    8a: mov dword [rbp + 0x10], esi
;;    8d: mov rdi, r14
;;    90: xor esi, esi
;;    93: lea rdx, qword [rbp + 0x10]
;;    97: mov rbx, qword [r14 + 0x18]
;;    9b: mov rbx, qword [rbx + 0x78]
;;    9f: call rbx
;;    a2: test eax, eax
;;    a4: jnz $+0x12
;;    aa: mov eax, dword [rbp + 0x10]
;;    ad: mov rsp, rbp
;;    b0: pop rbp
;;    b1: ret
;;    b2: mov eax, 0x9
;;    b7: jmp $+0x20
;;    bc: mov eax, 0xb
;;    c1: jmp $+0x0
;;    c6: mov ebx, eax
;;    c8: mov rdi, rbp
;;    cb: lea rsi, qword [rip - 0xc]
;;    d2: and rsp, -0x10
;;    d6: call qword [r14 + 0x30]
;;    da: mov eax, ebx
;;    dc: mov rsp, qword [r13 + 0x8]
;;    e0: ret

;; ==== aarch64 ====
;; function 0 (280 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0xb4
;;    28: str w0, [x29, #0x10]
;;    2c: str x1, [x29, #0x18]
;;    30: mov x0, x28
;;    34: mov w1, #0x0
;;    38: mov x17, #0x10
;;    3c: add x2, x29, x17
;;    40: ldr x3, [x28, #0x18]
;;    44: ldr x3, [x3, #0x70]
;;    48: blr x3
;;    4c: cbnz w0, $+0x94
;;    50: ldr x0, [x29, #0x18]
;;    54: cmp x0, #0x0
;;    58: b.ne $+0x44
;;    5c: ldr w16, [x29, #0x10]
;;    60: stur w16, [x29, #-0x10]
;;    64: ldur w16, [x29, #-0x10]
;;    68: str w16, [x29, #0x10]
;;    6c: mov x0, x28
;;    70: mov w1, #0x0
;;    74: mov x17, #0x10
;;    78: add x2, x29, x17
;;    7c: ldr x3, [x28, #0x18]
;;    80: ldr x3, [x3, #0x78]
;;    84: blr x3
;;    88: cbnz w0, $+0x58
;;    8c: ldr w0, [x29, #0x10]
;;    90: mov sp, x29
;;    94: ldp x29, x30, [sp], #0x10
;;    98: ret
;;    9c: ldr w1, [x29, #0x10]
;;    a0: add w1, w1, #0x1
;;    a4: str w1, [x29, #0x10]
;;    a8: mov x0, x28
;;    ac: mov w1, #0x0
;;    b0: mov x17, #0x10
;;    b4: add x2, x29, x17
;;    b8: ldr x3, [x28, #0x18]
;;    bc: ldr x3, [x3, #0x78]
;;    c0: blr x3
;;    c4: cbnz w0, $+0x1c
;;    c8: ldr w0, [x29, #0x10]
;;    cc: mov sp, x29
;;    d0: ldp x29, x30, [sp], #0x10
;;    d4: ret
;;    d8: mov w0, #0x9
;;    dc: b $+0x2c
;;    e0: mov w0, #0xb
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
