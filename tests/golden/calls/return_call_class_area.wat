;;! tail_calls
;; A tail call to a callee that needs more argument room than our caller made, or another
;; value layout (here a v128 parameter), runs in a tail-call class area: when our return
;; address ([rbp + 8] / [x29 + 8]) is a tail-return stub of the class or a larger one
;; (found at a fixed distance from the preserving trampoline, vmctx + 0x38), the callee
;; takes over the frame as usual and the area's info word learns its layout; otherwise the
;; arguments stay in our outgoing area, the info word is stored above it, and the callee
;; is entered with the stub as its return address.
(module
  (func $wide (param v128) (result i32) (i32x4.extract_lane 0 (local.get 0)))
  (func (param i32) (result i32)
    (return_call $wide (i32x4.splat (local.get 0)))))

;; ==== x64 ====
;; function 0 (80 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x12
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: vpextrd ebx, xmm1, 0x0
;;    23: mov dword [rbp + 0x10], ebx
;;    26: mov rsp, rbp
;;    29: pop rbp
;;    2a: ret
;;    2b: mov eax, 0x9
;;    30: jmp $+0x16
;;    35: mov ebx, eax
;;    37: mov rdi, rbp
;;    3a: lea rsi, qword [rip - 0xc]
;;    41: and rsp, -0x10
;;    45: call qword [r14 + 0x30]
;;    49: mov eax, ebx
;;    4b: mov rsp, qword [r13 + 0x8]
;;    4f: ret
;;
;; function 1 (234 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0xb0
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xac
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: vmovd xmm1, ebx
;;    20: vpbroadcastd xmm1, xmm1
;;    25: movups xmmword [rsp], xmm1
;;    29: mov rsi, qword [r14 + 0x48]
;;    2d: test rsi, rsi
;;    30: jz $+0x72
;;    36: mov rdi, qword [rbp + 0x8]
;;    3a: mov r8, qword [r14 + 0x38]
;;    3e: add r8, 0x408
;;    45: sub rdi, r8
;;    48: cmp rdi, 0x100
;;    4f: jnb $+0x3d
;;    55: add rdi, r8
;;    58: mov rdi, qword [rdi - 0x8]
;;    5c: lea r8, qword [rbp + 0x10]
;;    60: add rdi, r8
;;    63: mov r8, qword [rdi]
;;    66: and r8, -0x10001
;;    6d: or r8, 0x10000
;;    74: mov qword [rdi], r8
;;    77: mov r9, qword [rsp]
;;    7b: mov qword [rbp + 0x10], r9
;;    7f: mov r9, qword [rsp + 0x8]
;;    84: mov qword [rbp + 0x18], r9
;;    88: mov r9, qword [rsi]
;;    8b: mov rsp, rbp
;;    8e: pop rbp
;;    8f: jmp r9
;;    92: mov edi, 0x10001
;;    98: mov qword [rsp + 0x80], rdi
;;    a0: mov rdi, qword [rsi]
;;    a3: push r8
;;    a5: jmp rdi
;;    a8: push rsi
;;    aa: push 0x11000000
;;    af: call qword [r14 + 0x38]
;;    b7: lea rsp, qword [rsp + 0x10]
;;    bc: mov rsi, qword [r14 + 0x48]
;;    c0: jmp $-0x8f
;;    c5: mov eax, 0x9
;;    ca: jmp $+0x16
;;    cf: mov ebx, eax
;;    d1: mov rdi, rbp
;;    d4: lea rsi, qword [rip - 0xc]
;;    db: and rsp, -0x10
;;    df: call qword [r14 + 0x30]
;;    e3: mov eax, ebx
;;    e5: mov rsp, qword [r13 + 0x8]
;;    e9: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (80 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x12
;;    19: movups xmm1, xmmword [rbp + 0x10]
;;    1d: pextrd bx, xmm1, 0x0
;;    23: mov dword [rbp + 0x10], ebx
;;    26: mov rsp, rbp
;;    29: pop rbp
;;    2a: ret
;;    2b: mov eax, 0x9
;;    30: jmp $+0x16
;;    35: mov ebx, eax
;;    37: mov rdi, rbp
;;    3a: lea rsi, qword [rip - 0xc]
;;    41: and rsp, -0x10
;;    45: call qword [r14 + 0x30]
;;    49: mov eax, ebx
;;    4b: mov rsp, qword [r13 + 0x8]
;;    4f: ret
;;
;; function 1 (234 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0xb0
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0xac
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movq xmm1, rbx
;;    20: pshufd xmm1, xmm1, 0x0
;;    25: movups xmmword [rsp], xmm1
;;    29: mov rsi, qword [r14 + 0x48]
;;    2d: test rsi, rsi
;;    30: jz $+0x72
;;    36: mov rdi, qword [rbp + 0x8]
;;    3a: mov r8, qword [r14 + 0x38]
;;    3e: add r8, 0x408
;;    45: sub rdi, r8
;;    48: cmp rdi, 0x100
;;    4f: jnb $+0x3d
;;    55: add rdi, r8
;;    58: mov rdi, qword [rdi - 0x8]
;;    5c: lea r8, qword [rbp + 0x10]
;;    60: add rdi, r8
;;    63: mov r8, qword [rdi]
;;    66: and r8, -0x10001
;;    6d: or r8, 0x10000
;;    74: mov qword [rdi], r8
;;    77: mov r9, qword [rsp]
;;    7b: mov qword [rbp + 0x10], r9
;;    7f: mov r9, qword [rsp + 0x8]
;;    84: mov qword [rbp + 0x18], r9
;;    88: mov r9, qword [rsi]
;;    8b: mov rsp, rbp
;;    8e: pop rbp
;;    8f: jmp r9
;;    92: mov edi, 0x10001
;;    98: mov qword [rsp + 0x80], rdi
;;    a0: mov rdi, qword [rsi]
;;    a3: push r8
;;    a5: jmp rdi
;;    a8: push rsi
;;    aa: push 0x11000000
;;    af: call qword [r14 + 0x38]
;;    b7: lea rsp, qword [rsp + 0x10]
;;    bc: mov rsi, qword [r14 + 0x48]
;;    c0: jmp $-0x8f
;;    c5: mov eax, 0x9
;;    ca: jmp $+0x16
;;    cf: mov ebx, eax
;;    d1: mov rdi, rbp
;;    d4: lea rsi, qword [rip - 0xc]
;;    db: and rsp, -0x10
;;    df: call qword [r14 + 0x30]
;;    e3: mov eax, ebx
;;    e5: mov rsp, qword [r13 + 0x8]
;;    e9: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x1c
;;    20: ldr q0, [x29, #0x10]
;;    24: mov w0, v0.s[0]
;;    28: str w0, [x29, #0x10]
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x9
;;    3c: b $+0x24
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
;;
;; function 1 (252 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0xb0
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xa8
;;    20: ldr w0, [x29, #0x10]
;;    24: dup v0.4s, w0
;;    28: str q0, [sp]
;;    2c: ldr x1, [x28, #0x48]
;;    30: cbz x1, $+0x78
;;    34: ldr x2, [x29, #0x8]
;;    38: ldr x3, [x28, #0x38]
;;    3c: add x3, x3, #0x408
;;    40: sub x2, x2, x3
;;    44: cmp x2, #0x100
;;    48: b.hs $+0x48
;;    4c: add x2, x2, x3
;;    50: ldur x2, [x2, #-0x8]
;;    54: mov x17, #0x10
;;    58: add x3, x29, x17
;;    5c: add x2, x2, x3
;;    60: ldr x3, [x2]
;;    64: and x3, x3, #0xfffffffffffeffff
;;    68: orr x3, x3, #0x10000
;;    6c: str x3, [x2]
;;    70: ldr x4, [sp]
;;    74: str x4, [x29, #0x10]
;;    78: ldr x4, [sp, #0x8]
;;    7c: str x4, [x29, #0x18]
;;    80: ldr x4, [x1]
;;    84: mov sp, x29
;;    88: ldp x29, x30, [sp], #0x10
;;    8c: br x4
;;    90: mov x2, #0x1
;;    94: movk x2, #0x1, lsl #16
;;    98: str x2, [sp, #0x80]
;;    9c: ldr x2, [x1]
;;    a0: mov x30, x3
;;    a4: br x2
;;    a8: mov w16, #0x11000000
;;    ac: stp x1, x16, [sp, #-0x10]!
;;    b0: ldr x16, [x28, #0x38]
;;    b4: blr x16
;;    b8: add sp, sp, #0x10
;;    bc: ldr x1, [x28, #0x48]
;;    c0: b $-0x8c
;;    c4: mov w0, #0x9
;;    c8: b $+0x24
;;    cc: mov w19, w0
;;    d0: mov x0, x29
;;    d4: adr x1, $-0x8
;;    d8: mov x16, sp
;;    dc: and sp, x16, #0xfffffffffffffff0
;;    e0: ldr x17, [x28, #0x30]
;;    e4: blr x17
;;    e8: mov w0, w19
;;    ec: ldr x16, [x26, #0x8]
;;    f0: ldr x17, [x16]
;;    f4: add sp, x16, #0x10
;;    f8: br x17
