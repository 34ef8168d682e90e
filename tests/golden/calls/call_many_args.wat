;; Arguments of every kind on the outgoing stack area, live values spilled around the call.
(module (func $callee (param i32 i64 f32 f64 i32 i64 f32 f64) (result i32) (local.get 0))
  (func (param i32) (result i32)
    (i32.add (local.get 0)
      (call $callee (local.get 0) (i64.const 1) (f32.const 2) (f64.const 3)
        (i32.const 4) (i64.const 5) (f32.const 6) (f64.const 7)))))

;; ==== x64 ====
;; function 0 (70 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x8
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov rsp, rbp
;;    1f: pop rbp
;;    20: ret
;;    21: mov eax, 0x9
;;    26: jmp $+0x16
;;    2b: mov ebx, eax
;;    2d: mov rdi, rbp
;;    30: lea rsi, qword [rip - 0xc]
;;    37: and rsp, -0x10
;;    3b: call qword [r14 + 0x30]
;;    3f: mov eax, ebx
;;    41: mov rsp, qword [r13 + 0x8]
;;    45: ret
;;
;; function 1 (161 bytes, calls [CallReloc { offset: 104, callee: 0 }])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x90
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x63
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rsp], eax
;;    1f: mov qword [rsp + 0x8], 0x1
;;    28: mov dword [rsp + 0x10], 0x40000000
;;    30: mov rax, 0x4008000000000000
;;    3a: mov qword [rsp + 0x18], rax
;;    3f: mov dword [rsp + 0x20], 0x4
;;    47: mov qword [rsp + 0x28], 0x5
;;    50: mov dword [rsp + 0x30], 0x40c00000
;;    58: mov rax, 0x401c000000000000
;;    62: mov qword [rsp + 0x38], rax
;;    67: call $+0x0
;;    6c: mov ebx, eax
;;    6f: mov esi, dword [rbp + 0x10]
;;    72: add esi, ebx
;;    74: mov eax, esi
;;    77: mov rsp, rbp
;;    7a: pop rbp
;;    7b: ret
;;    7c: mov eax, 0x9
;;    81: jmp $+0x16
;;    86: mov ebx, eax
;;    88: mov rdi, rbp
;;    8b: lea rsi, qword [rip - 0xc]
;;    92: and rsp, -0x10
;;    96: call qword [r14 + 0x30]
;;    9a: mov eax, ebx
;;    9c: mov rsp, qword [r13 + 0x8]
;;    a0: ret

;; ==== aarch64 ====
;; function 0 (104 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x14
;;    20: ldr w0, [x29, #0x10]
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
;; function 1 (184 bytes, calls [CallReloc { offset: 96, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x90
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x64
;;    20: ldr w16, [x29, #0x10]
;;    24: str w16, [sp]
;;    28: mov x16, #0x1
;;    2c: str x16, [sp, #0x8]
;;    30: mov w16, #0x40000000
;;    34: str w16, [sp, #0x10]
;;    38: mov x16, #0x4008000000000000
;;    3c: str x16, [sp, #0x18]
;;    40: mov w16, #0x4
;;    44: str w16, [sp, #0x20]
;;    48: mov x16, #0x5
;;    4c: str x16, [sp, #0x28]
;;    50: mov w16, #0x40c00000
;;    54: str w16, [sp, #0x30]
;;    58: mov x16, #0x401c000000000000
;;    5c: str x16, [sp, #0x38]
;;    60: bl $+0x0
;;    64: mov w0, w0
;;    68: ldr w1, [x29, #0x10]
;;    6c: add w1, w1, w0
;;    70: mov w0, w1
;;    74: mov sp, x29
;;    78: ldp x29, x30, [sp], #0x10
;;    7c: ret
;;    80: mov w0, #0x9
;;    84: b $+0x24
;;    88: mov w19, w0
;;    8c: mov x0, x29
;;    90: adr x1, $-0x8
;;    94: mov x16, sp
;;    98: and sp, x16, #0xfffffffffffffff0
;;    9c: ldr x17, [x28, #0x30]
;;    a0: blr x17
;;    a4: mov w0, w19
;;    a8: ldr x16, [x26, #0x8]
;;    ac: ldr x17, [x16]
;;    b0: add sp, x16, #0x10
;;    b4: br x17
