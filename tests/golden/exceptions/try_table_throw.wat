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
;; function 0 (71 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x5
;;    1d: mov rsp, rbp
;;    20: pop rbp
;;    21: ret
;;    22: mov eax, 0x9
;;    27: jmp $+0x16
;;    2c: mov ebx, eax
;;    2e: mov rdi, rbp
;;    31: lea rsi, qword [rip - 0xc]
;;    38: and rsp, -0x10
;;    3c: call qword [r14 + 0x30]
;;    40: mov eax, ebx
;;    42: mov rsp, qword [r13 + 0x8]
;;    46: ret
;;
;; function 1 (201 bytes, calls [CallReloc { offset: 132, callee: 0 }], handlers [0x88 -> 0x25])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x87
;;    1d: mov dword [rbp + 0x10], esi
;;    20: jmp $+0x5b
;;    25: mov r14, qword [rbp - 0x8]
;;    29: mov r15, qword [r14]
;;    2c: mov rbx, rax
;;    2f: mov rsi, qword [rbx]
;;    32: cmp rsi, qword [r14 + 0x70]
;;    36: jnz $+0x27
;;    3c: mov esi, dword [rbx + 0x10]
;;    3f: mov rdi, rbx
;;    42: mov dword [rbp - 0x10], esi
;;    45: mov qword [rbp - 0x18], rdi
;;    49: mov rsi, qword [rbp - 0x18]
;;    4d: mov rdi, r14
;;    50: mov r8, qword [r14 + 0x18]
;;    54: mov r8, qword [r8 + 0x68]
;;    58: call r8
;;    5b: mov eax, dword [rbp - 0x10]
;;    5e: jmp $+0x28
;;    63: mov rsi, rbx
;;    66: mov qword [rbx + 0x8], 0x1
;;    6e: mov rax, rsi
;;    71: jmp $+0x20
;;    76: mov rsi, qword [r13 + 0x10]
;;    7a: mov rax, rbx
;;    7d: call rsi
;;    80: mov esi, dword [rbp + 0x10]
;;    83: call $+0x0
;;    88: xor eax, eax
;;    8b: mov ebx, eax
;;    8e: mov eax, ebx
;;    91: mov rsp, rbp
;;    94: pop rbp
;;    95: ret
;;    96: mov rbx, rax
;;    99: mov eax, -0x1
;;    9f: mov rsp, rbp
;;    a2: pop rbp
;;    a3: ret
;;    a4: mov eax, 0x9
;;    a9: jmp $+0x16
;;    ae: mov ebx, eax
;;    b0: mov rdi, rbp
;;    b3: lea rsi, qword [rip - 0xc]
;;    ba: and rsp, -0x10
;;    be: call qword [r14 + 0x30]
;;    c2: mov eax, ebx
;;    c4: mov rsp, qword [r13 + 0x8]
;;    c8: ret
;;
;; function 2 (108 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x2a
;;    1d: mov dword [rbp + 0x10], esi
;;    20: mov dword [rbp - 0x10], esi
;;    23: xor esi, esi
;;    26: mov rdi, r14
;;    29: mov rbx, qword [r14 + 0x18]
;;    2d: mov rbx, qword [rbx + 0x60]
;;    31: call rbx
;;    34: mov rbx, rax
;;    37: mov esi, dword [rbp - 0x10]
;;    3a: mov dword [rbx + 0x10], esi
;;    3d: mov rsi, qword [r13 + 0x10]
;;    41: mov rax, rbx
;;    44: call rsi
;;    47: mov eax, 0x9
;;    4c: jmp $+0x16
;;    51: mov ebx, eax
;;    53: mov rdi, rbp
;;    56: lea rsi, qword [rip - 0xc]
;;    5d: and rsp, -0x10
;;    61: call qword [r14 + 0x30]
;;    65: mov eax, ebx
;;    67: mov rsp, qword [r13 + 0x8]
;;    6b: ret
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
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
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
;; function 1 (248 bytes, calls [CallReloc { offset: 144, callee: 0 }], handlers [0x94 -> 0x2c])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0xa0
;;    24: str w0, [x29, #0x10]
;;    28: b $+0x64
;;    2c: ldur x28, [x29, #-0x8]
;;    30: ldr x27, [x28]
;;    34: ldr x1, [x0]
;;    38: ldr x16, [x28, #0x70]
;;    3c: cmp x1, x16
;;    40: b.ne $+0x30
;;    44: ldr w1, [x0, #0x10]
;;    48: mov x2, x0
;;    4c: stur w1, [x29, #-0x10]
;;    50: stur x2, [x29, #-0x18]
;;    54: ldur x1, [x29, #-0x18]
;;    58: mov x0, x28
;;    5c: ldr x2, [x28, #0x18]
;;    60: ldr x2, [x2, #0x68]
;;    64: blr x2
;;    68: ldur w15, [x29, #-0x10]
;;    6c: b $+0x2c
;;    70: mov x1, x0
;;    74: mov x16, #0x1
;;    78: str x16, [x0, #0x8]
;;    7c: mov x15, x1
;;    80: b $+0x2c
;;    84: ldr x1, [x26, #0x10]
;;    88: blr x1
;;    8c: ldr w0, [x29, #0x10]
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
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x30
;;    24: str w0, [x29, #0x10]
;;    28: stur w0, [x29, #-0x10]
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
