;; Arguments of every kind on the outgoing stack area, live values spilled around the call.
(module (func $callee (param i32 i64 f32 f64 i32 i64 f32 f64) (result i32) (local.get 0))
  (func (param i32) (result i32)
    (i32.add (local.get 0)
      (call $callee (local.get 0) (i64.const 1) (f32.const 2) (f64.const 3)
        (i32.const 4) (i64.const 5) (f32.const 6) (f64.const 7)))))

;; ==== x64 ====
;; function 0 (113 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: movss xmm1, dword [rsp + 0x18]
;;     f: movsd xmm2, qword [rsp + 0x20]
;;    15: mov r8d, dword [rsp + 0x28]
;;    1a: mov r9, qword [rsp + 0x30]
;;    1f: movss xmm3, dword [rsp + 0x38]
;;    25: movsd xmm4, qword [rsp + 0x40]
;;    2b: push rbp
;;    2c: mov rbp, rsp
;;    2f: sub rsp, 0x10
;;    36: mov qword [rbp - 0x8], r14
;;    3a: cmp rsp, qword [r13]
;;    3e: jb $+0x8
;;    44: mov eax, esi
;;    47: mov rsp, rbp
;;    4a: pop rbp
;;    4b: ret
;;    4c: mov eax, 0x9
;;    51: jmp $+0x16
;;    56: mov ebx, eax
;;    58: mov rdi, rbp
;;    5b: lea rsi, qword [rip - 0xc]
;;    62: and rsp, -0x10
;;    66: call qword [r14 + 0x30]
;;    6a: mov eax, ebx
;;    6c: mov rsp, qword [r13 + 0x8]
;;    70: ret
;;
;; function 1 (224 bytes, calls [CallReloc { offset: 92, callee: 0 }])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x90
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x53
;;    1d: mov ebx, esi
;;    20: mov dword [rbp + 0x10], esi
;;    23: mov dword [rbp - 0x10], esi
;;    26: mov esi, ebx
;;    29: mov edi, 0x1
;;    2f: movss xmm1, dword [rip + 0x69]
;;    37: movsd xmm2, qword [rip + 0x71]
;;    3f: mov r8d, 0x4
;;    45: mov r9d, 0x5
;;    4b: movss xmm3, dword [rip + 0x6d]
;;    53: movsd xmm4, qword [rip + 0x75]
;;    5b: call $+0x0
;;    60: mov ebx, eax
;;    63: mov esi, dword [rbp - 0x10]
;;    66: add esi, ebx
;;    68: mov eax, esi
;;    6b: mov rsp, rbp
;;    6e: pop rbp
;;    6f: ret
;;    70: mov eax, 0x9
;;    75: jmp $+0x16
;;    7a: mov ebx, eax
;;    7c: mov rdi, rbp
;;    7f: lea rsi, qword [rip - 0xc]
;;    86: and rsp, -0x10
;;    8a: call qword [r14 + 0x30]
;;    8e: mov eax, ebx
;;    90: mov rsp, qword [r13 + 0x8]
;;    94: ret
;;    95: int 0x3
;;    96: int 0x3
;;    97: int 0x3
;;    98: int 0x3
;;    99: int 0x3
;;    9a: int 0x3
;;    9b: int 0x3
;;    9c: int 0x3
;;    9d: int 0x3
;;    9e: int 0x3
;;    9f: int 0x3
;;    a0: .word 0x40000000
;;    a4: .word 0x00000000
;;    a8: .word 0x00000000
;;    ac: .word 0x00000000
;;    b0: .word 0x00000000
;;    b4: .word 0x40080000
;;    b8: .word 0x00000000
;;    bc: .word 0x00000000
;;    c0: .word 0x40c00000
;;    c4: .word 0x00000000
;;    c8: .word 0x00000000
;;    cc: .word 0x00000000
;;    d0: .word 0x00000000
;;    d4: .word 0x401c0000
;;    d8: .word 0x00000000
;;    dc: .word 0x00000000

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: ldr s0, [sp, #0x10]
;;     c: ldr d1, [sp, #0x18]
;;    10: ldr w2, [sp, #0x20]
;;    14: ldr x3, [sp, #0x28]
;;    18: ldr s2, [sp, #0x30]
;;    1c: ldr d3, [sp, #0x38]
;;    20: stp x29, x30, [sp, #-0x10]!
;;    24: mov x29, sp
;;    28: nop
;;    2c: sub sp, sp, #0x10
;;    30: stur x28, [x29, #-0x8]
;;    34: ldr x16, [x26]
;;    38: cmp sp, x16
;;    3c: b.lo $+0x14
;;    40: mov w0, w0
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
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
;; function 1 (168 bytes, calls [CallReloc { offset: 80, callee: 0 }])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x90
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x50
;;    24: mov w1, w0
;;    28: str w0, [x29, #0x10]
;;    2c: stur w0, [x29, #-0x10]
;;    30: mov w0, w1
;;    34: mov x1, #0x1
;;    38: fmov s0, #2.0
;;    3c: fmov d1, #3.0
;;    40: mov w2, #0x4
;;    44: mov x3, #0x5
;;    48: fmov s2, #6.0
;;    4c: fmov d3, #7.0
;;    50: bl $+0x0
;;    54: mov w0, w0
;;    58: ldur w1, [x29, #-0x10]
;;    5c: add w1, w1, w0
;;    60: mov w0, w1
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, #0x9
;;    74: b $+0x24
;;    78: mov w19, w0
;;    7c: mov x0, x29
;;    80: adr x1, $-0x8
;;    84: mov x16, sp
;;    88: and sp, x16, #0xfffffffffffffff0
;;    8c: ldr x17, [x28, #0x30]
;;    90: blr x17
;;    94: mov w0, w19
;;    98: ldr x16, [x26, #0x8]
;;    9c: ldr x17, [x16]
;;    a0: add sp, x16, #0x10
;;    a4: br x17
