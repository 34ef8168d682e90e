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
;; function 0 (209 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x89
;;    19: mov rdi, r14
;;    1c: xor esi, esi
;;    1f: lea rdx, qword [rbp + 0x10]
;;    23: mov rbx, qword [r14 + 0x18]
;;    27: mov rbx, qword [rbx + 0x70]
;;    2b: call rbx
;;    2e: test eax, eax
;;    30: jnz $+0x76
;;    36: mov rbx, qword [rbp + 0x18]
;;    3a: test rbx, rbx
;;    3d: jnz $+0x31
;;    43: mov eax, dword [rbp + 0x10]
;;    46: mov dword [rbp - 0x10], eax
;;    49: mov eax, dword [rbp - 0x10]
;;    4c: mov dword [rbp + 0x10], eax
;;    4f: mov rdi, r14
;;    52: xor esi, esi
;;    55: lea rdx, qword [rbp + 0x10]
;;    59: mov rbx, qword [r14 + 0x18]
;;    5d: mov rbx, qword [rbx + 0x78]
;;    61: call rbx
;;    64: test eax, eax
;;    66: jnz $+0x40
;;    6c: mov eax, dword [rbp + 0x10]
;;    6f: mov rsp, rbp
;;    72: pop rbp
;;    73: ret
;;    74: mov esi, dword [rbp + 0x10]
;;    77: add esi, 0x1
;;    7a: mov dword [rbp + 0x10], esi
;;    7d: mov rdi, r14
;;    80: xor esi, esi
;;    83: lea rdx, qword [rbp + 0x10]
;;    87: mov rbx, qword [r14 + 0x18]
;;    8b: mov rbx, qword [rbx + 0x78]
;;    8f: call rbx
;;    92: test eax, eax
;;    94: jnz $+0x12
;;    9a: mov eax, dword [rbp + 0x10]
;;    9d: mov rsp, rbp
;;    a0: pop rbp
;;    a1: ret
;;    a2: mov eax, 0x9
;;    a7: jmp $+0x20
;;    ac: mov eax, 0xb
;;    b1: jmp $+0x0
;;    b6: mov ebx, eax
;;    b8: mov rdi, rbp
;;    bb: lea rsi, qword [rip - 0xc]
;;    c2: and rsp, -0x10
;;    c6: call qword [r14 + 0x30]
;;    ca: mov eax, ebx
;;    cc: mov rsp, qword [r13 + 0x8]
;;    d0: ret

;; ==== aarch64 ====
;; function 0 (264 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xac
;;    20: mov x0, x28
;;    24: mov w1, #0x0
;;    28: mov x17, #0x10
;;    2c: add x2, x29, x17
;;    30: ldr x3, [x28, #0x18]
;;    34: ldr x3, [x3, #0x70]
;;    38: blr x3
;;    3c: cbnz w0, $+0x94
;;    40: ldr x0, [x29, #0x18]
;;    44: cmp x0, #0x0
;;    48: b.ne $+0x44
;;    4c: ldr w16, [x29, #0x10]
;;    50: stur w16, [x29, #-0x10]
;;    54: ldur w16, [x29, #-0x10]
;;    58: str w16, [x29, #0x10]
;;    5c: mov x0, x28
;;    60: mov w1, #0x0
;;    64: mov x17, #0x10
;;    68: add x2, x29, x17
;;    6c: ldr x3, [x28, #0x18]
;;    70: ldr x3, [x3, #0x78]
;;    74: blr x3
;;    78: cbnz w0, $+0x58
;;    7c: ldr w0, [x29, #0x10]
;;    80: mov sp, x29
;;    84: ldp x29, x30, [sp], #0x10
;;    88: ret
;;    8c: ldr w1, [x29, #0x10]
;;    90: add w1, w1, #0x1
;;    94: str w1, [x29, #0x10]
;;    98: mov x0, x28
;;    9c: mov w1, #0x0
;;    a0: mov x17, #0x10
;;    a4: add x2, x29, x17
;;    a8: ldr x3, [x28, #0x18]
;;    ac: ldr x3, [x3, #0x78]
;;    b0: blr x3
;;    b4: cbnz w0, $+0x1c
;;    b8: ldr w0, [x29, #0x10]
;;    bc: mov sp, x29
;;    c0: ldp x29, x30, [sp], #0x10
;;    c4: ret
;;    c8: mov w0, #0x9
;;    cc: b $+0x2c
;;    d0: mov w0, #0xb
;;    d4: b $+0x4
;;    d8: mov w19, w0
;;    dc: mov x0, x29
;;    e0: adr x1, $-0x8
;;    e4: mov x16, sp
;;    e8: and sp, x16, #0xfffffffffffffff0
;;    ec: ldr x17, [x28, #0x30]
;;    f0: blr x17
;;    f4: mov w0, w19
;;    f8: ldr x16, [x26, #0x8]
;;    fc: ldr x17, [x16]
;;   100: add sp, x16, #0x10
;;   104: br x17
