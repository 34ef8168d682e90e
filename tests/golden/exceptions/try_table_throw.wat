;; try_table: the stack is spilled, a jump goes over the landing pad, which reloads the
;; pinned registers, compares the exception's tag with each clause's, loads the payload and
;; branches; no clause matching throws again. The call inside the try is recorded with the
;; landing pad (the header's handlers). throw: a new exception from the runtime, the
;; payload stored into it, then a call to the unwind stub from the thread state. throw_ref
;; traps on null.
(module
  (tag $t (param i32))
  (func $callee (param i32))
  (func (param i32) (result i32)
    (block $any (result exnref)
      (block $caught (result i32)
        (try_table (catch $t $caught) (catch_all_ref $any)
          (call $callee (local.get 0)))
        (i32.const 0))
      (return))
    (drop)
    (i32.const -1))
  (func (param i32) (throw $t (local.get 0)))
  (func (param exnref) (throw_ref (local.get 0))))

;; ==== x64 ====
;; function 0 (67 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5
;;    19: mov rsp, rbp
;;    1c: pop rbp
;;    1d: ret
;;    1e: mov eax, 0x9
;;    23: jmp $+0x16
;;    28: mov ebx, eax
;;    2a: mov rdi, rbp
;;    2d: lea rsi, qword [rip - 0xc]
;;    34: and rsp, -0x10
;;    38: call qword [r14 + 0x30]
;;    3c: mov eax, ebx
;;    3e: mov rsp, qword [r13 + 0x8]
;;    42: ret
;;
;; function 1 (197 bytes, calls [CallReloc { offset: 128, callee: 0 }], handlers [0x84 -> 0x1e])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x87
;;    19: jmp $+0x5b
;;    1e: mov r14, qword [rbp - 0x8]
;;    22: mov r15, qword [r14]
;;    25: mov rbx, rax
;;    28: mov rsi, qword [rbx]
;;    2b: cmp rsi, qword [r14 + 0x70]
;;    2f: jnz $+0x27
;;    35: mov esi, dword [rbx + 0x10]
;;    38: mov rdi, rbx
;;    3b: mov dword [rbp - 0x10], esi
;;    3e: mov qword [rbp - 0x18], rdi
;;    42: mov rsi, qword [rbp - 0x18]
;;    46: mov rdi, r14
;;    49: mov r8, qword [r14 + 0x18]
;;    4d: mov r8, qword [r8 + 0x68]
;;    51: call r8
;;    54: mov eax, dword [rbp - 0x10]
;;    57: jmp $+0x2b
;;    5c: mov rsi, rbx
;;    5f: mov qword [rbx + 0x8], 0x1
;;    67: mov rax, rsi
;;    6a: jmp $+0x23
;;    6f: mov rsi, qword [r13 + 0x10]
;;    73: mov rax, rbx
;;    76: call rsi
;;    79: mov eax, dword [rbp + 0x10]
;;    7c: mov dword [rsp], eax
;;    7f: call $+0x0
;;    84: xor eax, eax
;;    87: mov ebx, eax
;;    8a: mov eax, ebx
;;    8d: mov rsp, rbp
;;    90: pop rbp
;;    91: ret
;;    92: mov rbx, rax
;;    95: mov eax, -0x1
;;    9b: mov rsp, rbp
;;    9e: pop rbp
;;    9f: ret
;;    a0: mov eax, 0x9
;;    a5: jmp $+0x16
;;    aa: mov ebx, eax
;;    ac: mov rdi, rbp
;;    af: lea rsi, qword [rip - 0xc]
;;    b6: and rsp, -0x10
;;    ba: call qword [r14 + 0x30]
;;    be: mov eax, ebx
;;    c0: mov rsp, qword [r13 + 0x8]
;;    c4: ret
;;
;; function 2 (104 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2a
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: xor esi, esi
;;    22: mov rdi, r14
;;    25: mov rbx, qword [r14 + 0x18]
;;    29: mov rbx, qword [rbx + 0x60]
;;    2d: call rbx
;;    30: mov rbx, rax
;;    33: mov esi, dword [rbp - 0x10]
;;    36: mov dword [rbx + 0x10], esi
;;    39: mov rsi, qword [r13 + 0x10]
;;    3d: mov rax, rbx
;;    40: call rsi
;;    43: mov eax, 0x9
;;    48: jmp $+0x16
;;    4d: mov ebx, eax
;;    4f: mov rdi, rbp
;;    52: lea rsi, qword [rip - 0xc]
;;    59: and rsp, -0x10
;;    5d: call qword [r14 + 0x30]
;;    61: mov eax, ebx
;;    63: mov rsp, qword [r13 + 0x8]
;;    67: ret
;;
;; function 3 (95 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x17
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x14
;;    26: mov rsi, qword [r13 + 0x10]
;;    2a: mov rax, rbx
;;    2d: call rsi
;;    30: mov eax, 0x9
;;    35: jmp $+0x20
;;    3a: mov eax, 0xc
;;    3f: jmp $+0x0
;;    44: mov ebx, eax
;;    46: mov rdi, rbp
;;    49: lea rsi, qword [rip - 0xc]
;;    50: and rsp, -0x10
;;    54: call qword [r14 + 0x30]
;;    58: mov eax, ebx
;;    5a: mov rsp, qword [r13 + 0x8]
;;    5e: ret

;; ==== aarch64 ====
;; function 0 (100 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x10
;;    20: mov sp, x29
;;    24: ldp x29, x30, [sp], #0x10
;;    28: ret
;;    2c: mov w0, #0x9
;;    30: b $+0x24
;;    34: mov w19, w0
;;    38: mov x0, x29
;;    3c: adr x1, $-0x8
;;    40: mov x16, sp
;;    44: and sp, x16, #0xfffffffffffffff0
;;    48: ldr x17, [x28, #0x30]
;;    4c: blr x17
;;    50: mov w0, w19
;;    54: ldr x16, [x26, #0x8]
;;    58: ldr x17, [x16]
;;    5c: add sp, x16, #0x10
;;    60: br x17
;;
;; function 1 (244 bytes, calls [CallReloc { offset: 140, callee: 0 }], handlers [0x90 -> 0x24])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xa0
;;    20: b $+0x64
;;    24: ldur x28, [x29, #-0x8]
;;    28: ldr x27, [x28]
;;    2c: ldr x1, [x0]
;;    30: ldr x16, [x28, #0x70]
;;    34: cmp x1, x16
;;    38: b.ne $+0x30
;;    3c: ldr w1, [x0, #0x10]
;;    40: mov x2, x0
;;    44: stur w1, [x29, #-0x10]
;;    48: stur x2, [x29, #-0x18]
;;    4c: ldur x1, [x29, #-0x18]
;;    50: mov x0, x28
;;    54: ldr x2, [x28, #0x18]
;;    58: ldr x2, [x2, #0x68]
;;    5c: blr x2
;;    60: ldur w15, [x29, #-0x10]
;;    64: b $+0x30
;;    68: mov x1, x0
;;    6c: mov x16, #0x1
;;    70: str x16, [x0, #0x8]
;;    74: mov x15, x1
;;    78: b $+0x30
;;    7c: ldr x1, [x26, #0x10]
;;    80: blr x1
;;    84: ldr w16, [x29, #0x10]
;;    88: str w16, [sp]
;;    8c: bl $+0x0
;;    90: mov w15, #0x0
;;    94: mov w0, w15
;;    98: mov w0, w0
;;    9c: mov sp, x29
;;    a0: ldp x29, x30, [sp], #0x10
;;    a4: ret
;;    a8: mov x0, x15
;;    ac: mov w0, #0xffffffff
;;    b0: mov sp, x29
;;    b4: ldp x29, x30, [sp], #0x10
;;    b8: ret
;;    bc: mov w0, #0x9
;;    c0: b $+0x24
;;    c4: mov w19, w0
;;    c8: mov x0, x29
;;    cc: adr x1, $-0x8
;;    d0: mov x16, sp
;;    d4: and sp, x16, #0xfffffffffffffff0
;;    d8: ldr x17, [x28, #0x30]
;;    dc: blr x17
;;    e0: mov w0, w19
;;    e4: ldr x16, [x26, #0x8]
;;    e8: ldr x17, [x16]
;;    ec: add sp, x16, #0x10
;;    f0: br x17
;;
;; function 2 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x30
;;    20: ldr w16, [x29, #0x10]
;;    24: stur w16, [x29, #-0x10]
;;    28: mov w1, #0x0
;;    2c: mov x0, x28
;;    30: ldr x2, [x28, #0x18]
;;    34: ldr x2, [x2, #0x60]
;;    38: blr x2
;;    3c: ldur w1, [x29, #-0x10]
;;    40: str w1, [x0, #0x10]
;;    44: ldr x1, [x26, #0x10]
;;    48: blr x1
;;    4c: mov w0, #0x9
;;    50: b $+0x24
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
;;
;; function 3 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x14
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x14
;;    28: ldr x1, [x26, #0x10]
;;    2c: blr x1
;;    30: mov w0, #0x9
;;    34: b $+0x2c
;;    38: mov w0, #0xc
;;    3c: b $+0x4
;;    40: mov w19, w0
;;    44: mov x0, x29
;;    48: adr x1, $-0x8
;;    4c: mov x16, sp
;;    50: and sp, x16, #0xfffffffffffffff0
;;    54: ldr x17, [x28, #0x30]
;;    58: blr x17
;;    5c: mov w0, w19
;;    60: ldr x16, [x26, #0x8]
;;    64: ldr x17, [x16]
;;    68: add sp, x16, #0x10
;;    6c: br x17
