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
;; function 1 (208 bytes, calls [CallReloc { offset: 86, callee: 0 }])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x90
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x4d
;;    1d: mov dword [rbp + 0x10], esi
;;    20: mov dword [rbp - 0x10], esi
;;    23: mov edi, 0x1
;;    29: movss xmm1, dword [rip + 0x5f]
;;    31: movsd xmm2, qword [rip + 0x67]
;;    39: mov r8d, 0x4
;;    3f: mov r9d, 0x5
;;    45: movss xmm3, dword [rip + 0x63]
;;    4d: movsd xmm4, qword [rip + 0x6b]
;;    55: call $+0x0
;;    5a: mov ebx, eax
;;    5d: mov esi, dword [rbp - 0x10]
;;    60: add esi, ebx
;;    62: mov eax, esi
;;    65: mov rsp, rbp
;;    68: pop rbp
;;    69: ret
;;    6a: mov eax, 0x9
;;    6f: jmp $+0x16
;;    74: mov ebx, eax
;;    76: mov rdi, rbp
;;    79: lea rsi, qword [rip - 0xc]
;;    80: and rsp, -0x10
;;    84: call qword [r14 + 0x30]
;;    88: mov eax, ebx
;;    8a: mov rsp, qword [r13 + 0x8]
;;    8e: ret
;;    8f: int 0x3
;;    90: .word 0x40000000
;;    94: .word 0x00000000
;;    98: .word 0x00000000
;;    9c: .word 0x00000000
;;    a0: .word 0x00000000
;;    a4: .word 0x40080000
;;    a8: .word 0x00000000
;;    ac: .word 0x00000000
;;    b0: .word 0x40c00000
;;    b4: .word 0x00000000
;;    b8: .word 0x00000000
;;    bc: .word 0x00000000
;;    c0: .word 0x00000000
;;    c4: .word 0x401c0000
;;    c8: .word 0x00000000
;;    cc: .word 0x00000000

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
;; function 1 (160 bytes, calls [CallReloc { offset: 72, callee: 0 }])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x90
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x48
;;    24: str w0, [x29, #0x10]
;;    28: stur w0, [x29, #-0x10]
;;    2c: mov x1, #0x1
;;    30: fmov s0, #2.0
;;    34: fmov d1, #3.0
;;    38: mov w2, #0x4
;;    3c: mov x3, #0x5
;;    40: fmov s2, #6.0
;;    44: fmov d3, #7.0
;;    48: bl $+0x0
;;    4c: mov w0, w0
;;    50: ldur w1, [x29, #-0x10]
;;    54: add w1, w1, w0
;;    58: mov w0, w1
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: mov w0, #0x9
;;    6c: b $+0x24
;;    70: mov w19, w0
;;    74: mov x0, x29
;;    78: adr x1, $-0x8
;;    7c: mov x16, sp
;;    80: and sp, x16, #0xfffffffffffffff0
;;    84: ldr x17, [x28, #0x30]
;;    88: blr x17
;;    8c: mov w0, w19
;;    90: ldr x16, [x26, #0x8]
;;    94: ldr x17, [x16]
;;    98: add sp, x16, #0x10
;;    9c: br x17
