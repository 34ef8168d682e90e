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
;; function 0 (104 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x10
;;    24: mov sp, x29
;;    28: ldp x29, x30, [sp], #0x10
;;    2c: ret
;;    30: mov w0, #0x9
;;    34: b $+0x24
;;    38: mov w19, w0
;;    3c: mov x0, x29
;;    40: adr x1, $-0x8
;;    44: mov x16, sp
;;    48: and sp, x16, #0xfffffffffffffff0
;;    4c: ldr x17, [x28, #0x30]
;;    50: blr x17
;;    54: mov w0, w19
;;    58: ldr x16, [x26, #0x8]
;;    5c: ldr x17, [x16]
;;    60: add sp, x16, #0x10
;;    64: br x17
;;
;; function 1 (248 bytes, calls [CallReloc { offset: 144, callee: 0 }], handlers [0x94 -> 0x28])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0xa0
;;    24: b $+0x64
;;    28: ldur x28, [x29, #-0x8]
;;    2c: ldr x27, [x28]
;;    30: ldr x1, [x0]
;;    34: ldr x16, [x28, #0x70]
;;    38: cmp x1, x16
;;    3c: b.ne $+0x30
;;    40: ldr w1, [x0, #0x10]
;;    44: mov x2, x0
;;    48: stur w1, [x29, #-0x10]
;;    4c: stur x2, [x29, #-0x18]
;;    50: ldur x1, [x29, #-0x18]
;;    54: mov x0, x28
;;    58: ldr x2, [x28, #0x18]
;;    5c: ldr x2, [x2, #0x68]
;;    60: blr x2
;;    64: ldur w15, [x29, #-0x10]
;;    68: b $+0x30
;;    6c: mov x1, x0
;;    70: mov x16, #0x1
;;    74: str x16, [x0, #0x8]
;;    78: mov x15, x1
;;    7c: b $+0x30
;;    80: ldr x1, [x26, #0x10]
;;    84: blr x1
;;    88: ldr w16, [x29, #0x10]
;;    8c: str w16, [sp]
;;    90: bl $+0x0
;;    94: mov w15, #0x0
;;    98: mov w0, w15
;;    9c: mov w0, w0
;;    a0: mov sp, x29
;;    a4: ldp x29, x30, [sp], #0x10
;;    a8: ret
;;    ac: mov x0, x15
;;    b0: mov w0, #0xffffffff
;;    b4: mov sp, x29
;;    b8: ldp x29, x30, [sp], #0x10
;;    bc: ret
;;    c0: mov w0, #0x9
;;    c4: b $+0x24
;;    c8: mov w19, w0
;;    cc: mov x0, x29
;;    d0: adr x1, $-0x8
;;    d4: mov x16, sp
;;    d8: and sp, x16, #0xfffffffffffffff0
;;    dc: ldr x17, [x28, #0x30]
;;    e0: blr x17
;;    e4: mov w0, w19
;;    e8: ldr x16, [x26, #0x8]
;;    ec: ldr x17, [x16]
;;    f0: add sp, x16, #0x10
;;    f4: br x17
;;
;; function 2 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x30
;;    24: ldr w16, [x29, #0x10]
;;    28: stur w16, [x29, #-0x10]
;;    2c: mov w1, #0x0
;;    30: mov x0, x28
;;    34: ldr x2, [x28, #0x18]
;;    38: ldr x2, [x2, #0x60]
;;    3c: blr x2
;;    40: ldur w1, [x29, #-0x10]
;;    44: str w1, [x0, #0x10]
;;    48: ldr x1, [x26, #0x10]
;;    4c: blr x1
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
;;
;; function 3 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x14
;;    24: ldr x0, [x29, #0x10]
;;    28: cbz x0, $+0x14
;;    2c: ldr x1, [x26, #0x10]
;;    30: blr x1
;;    34: mov w0, #0x9
;;    38: b $+0x2c
;;    3c: mov w0, #0xc
;;    40: b $+0x4
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
