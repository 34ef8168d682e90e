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
;; function 1 (238 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0xb0
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xac
;;    1d: vmovd xmm1, esi
;;    21: vpbroadcastd xmm1, xmm1
;;    26: mov dword [rbp + 0x10], esi
;;    29: movups xmmword [rsp], xmm1
;;    2d: mov rbx, qword [r14 + 0x48]
;;    31: test rbx, rbx
;;    34: jz $+0x72
;;    3a: mov rdi, qword [rbp + 0x8]
;;    3e: mov r8, qword [r14 + 0x38]
;;    42: add r8, 0x408
;;    49: sub rdi, r8
;;    4c: cmp rdi, 0x100
;;    53: jnb $+0x3d
;;    59: add rdi, r8
;;    5c: mov rdi, qword [rdi - 0x8]
;;    60: lea r8, qword [rbp + 0x10]
;;    64: add rdi, r8
;;    67: mov r8, qword [rdi]
;;    6a: and r8, -0x10001
;;    71: or r8, 0x10000
;;    78: mov qword [rdi], r8
;;    7b: mov r9, qword [rsp]
;;    7f: mov qword [rbp + 0x10], r9
;;    83: mov r9, qword [rsp + 0x8]
;;    88: mov qword [rbp + 0x18], r9
;;    8c: mov r9, qword [rbx]
;;    8f: mov rsp, rbp
;;    92: pop rbp
;;    93: jmp r9
;;    96: mov edi, 0x10001
;;    9c: mov qword [rsp + 0x80], rdi
;;    a4: mov rdi, qword [rbx]
;;    a7: push r8
;;    a9: jmp rdi
;;    ac: push rbx
;;    ae: push 0x11000000
;;    b3: call qword [r14 + 0x38]
;;    bb: lea rsp, qword [rsp + 0x10]
;;    c0: mov rbx, qword [r14 + 0x48]
;;    c4: jmp $-0x8f
;;    c9: mov eax, 0x9
;;    ce: jmp $+0x16
;;    d3: mov ebx, eax
;;    d5: mov rdi, rbp
;;    d8: lea rsi, qword [rip - 0xc]
;;    df: and rsp, -0x10
;;    e3: call qword [r14 + 0x30]
;;    e7: mov eax, ebx
;;    e9: mov rsp, qword [r13 + 0x8]
;;    ed: ret

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
;; function 1 (238 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0xb0
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xac
;;    1d: movq xmm1, rsi
;;    21: pshufd xmm1, xmm1, 0x0
;;    26: mov dword [rbp + 0x10], esi
;;    29: movups xmmword [rsp], xmm1
;;    2d: mov rbx, qword [r14 + 0x48]
;;    31: test rbx, rbx
;;    34: jz $+0x72
;;    3a: mov rdi, qword [rbp + 0x8]
;;    3e: mov r8, qword [r14 + 0x38]
;;    42: add r8, 0x408
;;    49: sub rdi, r8
;;    4c: cmp rdi, 0x100
;;    53: jnb $+0x3d
;;    59: add rdi, r8
;;    5c: mov rdi, qword [rdi - 0x8]
;;    60: lea r8, qword [rbp + 0x10]
;;    64: add rdi, r8
;;    67: mov r8, qword [rdi]
;;    6a: and r8, -0x10001
;;    71: or r8, 0x10000
;;    78: mov qword [rdi], r8
;;    7b: mov r9, qword [rsp]
;;    7f: mov qword [rbp + 0x10], r9
;;    83: mov r9, qword [rsp + 0x8]
;;    88: mov qword [rbp + 0x18], r9
;;    8c: mov r9, qword [rbx]
;;    8f: mov rsp, rbp
;;    92: pop rbp
;;    93: jmp r9
;;    96: mov edi, 0x10001
;;    9c: mov qword [rsp + 0x80], rdi
;;    a4: mov rdi, qword [rbx]
;;    a7: push r8
;;    a9: jmp rdi
;;    ac: push rbx
;;    ae: push 0x11000000
;;    b3: call qword [r14 + 0x38]
;;    bb: lea rsp, qword [rsp + 0x10]
;;    c0: mov rbx, qword [r14 + 0x48]
;;    c4: jmp $-0x8f
;;    c9: mov eax, 0x9
;;    ce: jmp $+0x16
;;    d3: mov ebx, eax
;;    d5: mov rdi, rbp
;;    d8: lea rsi, qword [rip - 0xc]
;;    df: and rsp, -0x10
;;    e3: call qword [r14 + 0x30]
;;    e7: mov eax, ebx
;;    e9: mov rsp, qword [r13 + 0x8]
;;    ed: ret

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
;; function 1 (256 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0xb0
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0xa8
;;    24: dup v0.4s, w0
;;    28: str w0, [x29, #0x10]
;;    2c: str q0, [sp]
;;    30: ldr x1, [x28, #0x48]
;;    34: cbz x1, $+0x78
;;    38: ldr x2, [x29, #0x8]
;;    3c: ldr x3, [x28, #0x38]
;;    40: add x3, x3, #0x408
;;    44: sub x2, x2, x3
;;    48: cmp x2, #0x100
;;    4c: b.hs $+0x48
;;    50: add x2, x2, x3
;;    54: ldur x2, [x2, #-0x8]
;;    58: mov x17, #0x10
;;    5c: add x3, x29, x17
;;    60: add x2, x2, x3
;;    64: ldr x3, [x2]
;;    68: and x3, x3, #0xfffffffffffeffff
;;    6c: orr x3, x3, #0x10000
;;    70: str x3, [x2]
;;    74: ldr x4, [sp]
;;    78: str x4, [x29, #0x10]
;;    7c: ldr x4, [sp, #0x8]
;;    80: str x4, [x29, #0x18]
;;    84: ldr x4, [x1]
;;    88: mov sp, x29
;;    8c: ldp x29, x30, [sp], #0x10
;;    90: br x4
;;    94: mov x2, #0x1
;;    98: movk x2, #0x1, lsl #16
;;    9c: str x2, [sp, #0x80]
;;    a0: ldr x2, [x1]
;;    a4: mov x30, x3
;;    a8: br x2
;;    ac: mov w16, #0x11000000
;;    b0: stp x1, x16, [sp, #-0x10]!
;;    b4: ldr x16, [x28, #0x38]
;;    b8: blr x16
;;    bc: add sp, sp, #0x10
;;    c0: ldr x1, [x28, #0x48]
;;    c4: b $-0x8c
;;    c8: mov w0, #0x9
;;    cc: b $+0x24
;;    d0: mov w19, w0
;;    d4: mov x0, x29
;;    d8: adr x1, $-0x8
;;    dc: mov x16, sp
;;    e0: and sp, x16, #0xfffffffffffffff0
;;    e4: ldr x17, [x28, #0x30]
;;    e8: blr x17
;;    ec: mov w0, w19
;;    f0: ldr x16, [x26, #0x8]
;;    f4: ldr x17, [x16]
;;    f8: add sp, x16, #0x10
;;    fc: br x17
