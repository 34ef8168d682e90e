;; Tail calls: the arguments go to the outgoing area, are copied over the incoming ones,
;; and the frame is torn down with a jump (return_call); through a table the callee's vmctx
;; is compared with ours first, a foreign one getting a call and a return instead.
(module
  (type $t (func (param i32 i32) (result i32)))
  (table 1 funcref)
  (func $f (param i32 i32) (result i32)
    (return_call $f (local.get 1) (local.get 0)))
  (func (param i32 i32) (result i32)
    (return_call_indirect (type $t) (local.get 1) (local.get 0) (i32.const 0))))

;; ==== x64 ====
;; function 0 (106 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2c
;;    19: mov eax, dword [rbp + 0x18]
;;    1c: mov dword [rsp], eax
;;    1f: mov eax, dword [rbp + 0x10]
;;    22: mov dword [rsp + 0x8], eax
;;    26: mov rbx, qword [r14 + 0x48]
;;    2a: mov rsi, qword [rsp]
;;    2e: mov qword [rbp + 0x10], rsi
;;    32: mov rsi, qword [rsp + 0x8]
;;    37: mov qword [rbp + 0x18], rsi
;;    3b: mov rsi, qword [rbx]
;;    3e: mov rsp, rbp
;;    41: pop rbp
;;    42: jmp rsi
;;    45: mov eax, 0x9
;;    4a: jmp $+0x16
;;    4f: mov ebx, eax
;;    51: mov rdi, rbp
;;    54: lea rsi, qword [rip - 0xc]
;;    5b: and rsp, -0x10
;;    5f: call qword [r14 + 0x30]
;;    63: mov eax, ebx
;;    65: mov rsp, qword [r13 + 0x8]
;;    69: ret
;;
;; function 1 (227 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x87
;;    19: xor ebx, ebx
;;    1c: mov eax, dword [rbp + 0x18]
;;    1f: mov dword [rsp], eax
;;    22: mov eax, dword [rbp + 0x10]
;;    25: mov dword [rsp + 0x8], eax
;;    29: mov rsi, qword [r14 + 0x58]
;;    2d: cmp ebx, dword [rsi + 0x8]
;;    30: jnb $+0x74
;;    36: mov rsi, qword [rsi]
;;    39: shl rbx, 0x3
;;    3d: add rsi, rbx
;;    40: mov rsi, qword [rsi]
;;    43: test rsi, rsi
;;    46: jz $+0x68
;;    4c: mov ebx, dword [r14 + 0x40]
;;    50: cmp ebx, dword [rsi + 0x10]
;;    53: jnz $+0x65
;;    59: cmp r14, qword [rsi + 0x8]
;;    5d: jnz $+0x1b
;;    63: mov rbx, qword [rsp]
;;    67: mov qword [rbp + 0x10], rbx
;;    6b: mov rbx, qword [rsp + 0x8]
;;    70: mov qword [rbp + 0x18], rbx
;;    74: mov rbx, qword [rsi]
;;    77: mov rsp, rbp
;;    7a: pop rbp
;;    7b: jmp rbx
;;    7e: mov rax, r14
;;    81: mov r14, qword [rsi + 0x8]
;;    85: mov r15, qword [r14]
;;    88: mov rsi, qword [rsi]
;;    8b: call rsi
;;    8e: mov r14, qword [rbp - 0x8]
;;    92: mov r15, qword [r14]
;;    95: mov ebx, eax
;;    98: mov eax, ebx
;;    9b: mov rsp, rbp
;;    9e: pop rbp
;;    9f: ret
;;    a0: mov eax, 0x9
;;    a5: jmp $+0x34
;;    aa: mov eax, 0x6
;;    af: jmp $+0x14
;;    b4: mov eax, 0x7
;;    b9: jmp $+0xa
;;    be: mov eax, 0x8
;;    c3: jmp $+0x0
;;    c8: mov ebx, eax
;;    ca: mov rdi, rbp
;;    cd: lea rsi, qword [rip - 0xc]
;;    d4: and rsp, -0x10
;;    d8: call qword [r14 + 0x30]
;;    dc: mov eax, ebx
;;    de: mov rsp, qword [r13 + 0x8]
;;    e2: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x38
;;    24: ldr w16, [x29, #0x18]
;;    28: str w16, [sp]
;;    2c: ldr w16, [x29, #0x10]
;;    30: str w16, [sp, #0x8]
;;    34: ldr x0, [x28, #0x48]
;;    38: ldr x1, [sp]
;;    3c: str x1, [x29, #0x10]
;;    40: ldr x1, [sp, #0x8]
;;    44: str x1, [x29, #0x18]
;;    48: ldr x1, [x0]
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: br x1
;;    58: mov w0, #0x9
;;    5c: b $+0x24
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
;;
;; function 1 (280 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0xa8
;;    24: mov w0, #0x0
;;    28: ldr w16, [x29, #0x18]
;;    2c: str w16, [sp]
;;    30: ldr w16, [x29, #0x10]
;;    34: str w16, [sp, #0x8]
;;    38: ldr x1, [x28, #0x58]
;;    3c: ldr w16, [x1, #0x8]
;;    40: cmp w0, w16
;;    44: b.hs $+0x8c
;;    48: ldr x1, [x1]
;;    4c: lsl x0, x0, #0x3
;;    50: add x1, x1, x0
;;    54: ldr x1, [x1]
;;    58: cbz x1, $+0x80
;;    5c: ldr w0, [x28, #0x40]
;;    60: ldr w16, [x1, #0x10]
;;    64: cmp w0, w16
;;    68: b.ne $+0x78
;;    6c: ldr x16, [x1, #0x8]
;;    70: cmp x28, x16
;;    74: b.ne $+0x24
;;    78: ldr x0, [sp]
;;    7c: str x0, [x29, #0x10]
;;    80: ldr x0, [sp, #0x8]
;;    84: str x0, [x29, #0x18]
;;    88: ldr x0, [x1]
;;    8c: mov sp, x29
;;    90: ldp x29, x30, [sp], #0x10
;;    94: br x0
;;    98: mov x15, x28
;;    9c: ldr x28, [x1, #0x8]
;;    a0: ldr x27, [x28]
;;    a4: ldr x1, [x1]
;;    a8: blr x1
;;    ac: ldur x28, [x29, #-0x8]
;;    b0: ldr x27, [x28]
;;    b4: mov w0, w0
;;    b8: mov w0, w0
;;    bc: mov sp, x29
;;    c0: ldp x29, x30, [sp], #0x10
;;    c4: ret
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
