;;! gc
;; call_indirect to a type open to subtyping: equal ids pass as before; differing ids go to
;; a cold path after the body, which loads the callee's supertype display, checks its
;; length against the expected type's depth (1 here) and compares the id at that depth.
(module
  (type $top (sub (func (result i32))))
  (type $mid (sub $top (func (result i32))))
  (table 1 funcref)
  (func (export "as_mid") (param i32) (result i32) (call_indirect (type $mid) (local.get 0))))

;; ==== x64 ====
;; function 0 (243 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x97
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov rsi, qword [r14 + 0x58]
;;    20: cmp ebx, dword [rsi + 0x8]
;;    23: jnb $+0x91
;;    29: mov rsi, qword [rsi]
;;    2c: shl rbx, 0x3
;;    30: add rbx, rsi
;;    33: mov rsi, qword [rbx]
;;    36: test rsi, rsi
;;    39: jz $+0x2f
;;    3f: mov ebx, dword [r14 + 0x44]
;;    43: cmp ebx, dword [rsi + 0x10]
;;    46: jnz $+0x44
;;    4c: mov rax, r14
;;    4f: mov r14, qword [rsi + 0x8]
;;    53: mov r15, qword [r14]
;;    56: mov rsi, qword [rsi]
;;    59: call rsi
;;    5c: mov r14, qword [rbp - 0x8]
;;    60: mov r15, qword [r14]
;;    63: mov ebx, eax
;;    66: mov eax, ebx
;;    69: mov rsp, rbp
;;    6c: pop rbp
;;    6d: ret
;;    6e: push rbx
;;    70: push 0x12000000
;;    75: call qword [r14 + 0x38]
;;    7d: lea rsp, qword [rsp + 0x10]
;;    82: mov rsi, qword [rbx]
;;    85: test rsi, rsi
;;    88: jz $+0x36
;;    8e: jmp $-0x51
;;    90: mov rdi, qword [rsi + 0x20]
;;    94: mov r8d, dword [rdi]
;;    97: cmp r8d, 0x1
;;    9b: jna $+0x2d
;;    a1: mov r8d, dword [rdi + 0x8]
;;    a5: cmp r8d, ebx
;;    a8: jnz $+0x20
;;    ae: jmp $-0x64
;;    b0: mov eax, 0x9
;;    b5: jmp $+0x34
;;    ba: mov eax, 0x6
;;    bf: jmp $+0x14
;;    c4: mov eax, 0x7
;;    c9: jmp $+0xa
;;    ce: mov eax, 0x8
;;    d3: jmp $+0x0
;;    d8: mov ebx, eax
;;    da: mov rdi, rbp
;;    dd: lea rsi, qword [rip - 0xc]
;;    e4: and rsp, -0x10
;;    e8: call qword [r14 + 0x30]
;;    ec: mov eax, ebx
;;    ee: mov rsp, qword [r13 + 0x8]
;;    f2: ret

;; ==== aarch64 ====
;; function 0 (280 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0xac
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr x1, [x28, #0x58]
;;    28: ldr w16, [x1, #0x8]
;;    2c: cmp w0, w16
;;    30: b.hs $+0xa0
;;    34: ldr x1, [x1]
;;    38: lsl x0, x0, #0x3
;;    3c: add x0, x0, x1
;;    40: ldr x1, [x0]
;;    44: cbz x1, $+0x44
;;    48: ldr w0, [x28, #0x44]
;;    4c: ldr w16, [x1, #0x10]
;;    50: cmp w0, w16
;;    54: b.ne $+0x54
;;    58: mov x15, x28
;;    5c: ldr x28, [x1, #0x8]
;;    60: ldr x27, [x28]
;;    64: ldr x1, [x1]
;;    68: blr x1
;;    6c: ldur x28, [x29, #-0x8]
;;    70: ldr x27, [x28]
;;    74: mov w0, w0
;;    78: mov w0, w0
;;    7c: mov sp, x29
;;    80: ldp x29, x30, [sp], #0x10
;;    84: ret
;;    88: mov w16, #0x12000000
;;    8c: stp x0, x16, [sp, #-0x10]!
;;    90: ldr x16, [x28, #0x38]
;;    94: blr x16
;;    98: add sp, sp, #0x10
;;    9c: ldr x1, [x0]
;;    a0: cbz x1, $+0x38
;;    a4: b $-0x5c
;;    a8: ldr x2, [x1, #0x20]
;;    ac: ldr w3, [x2]
;;    b0: cmp w3, #0x1
;;    b4: b.ls $+0x2c
;;    b8: ldr w3, [x2, #0x8]
;;    bc: cmp w3, w0
;;    c0: b.ne $+0x20
;;    c4: b $-0x6c
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
