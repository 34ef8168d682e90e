;; select on a held-back comparison: a conditional move for every pair an ISA has one
;; for (x86-64 cmov: integer values on an integer compare; aarch64 csel/fcsel: any scalar
;; on any compare), a branch around a move for the rest.
(module
  ;; i32 values, unsigned compare, constant alternative.
  (func (param i32 i32) (result i32)
    (select (local.get 0) (i32.const -1) (i32.lt_u (local.get 0) (local.get 1))))
  ;; f64 values on an integer compare.
  (func (param f64 f64 i32) (result f64)
    (select (local.get 0) (local.get 1) (i32.eq (local.get 2) (i32.const 7))))
  ;; i64 values on a float compare (unordered is false).
  (func (param i64 i64 f32 f32) (result i64)
    (select (local.get 0) (local.get 1) (f32.lt (local.get 2) (local.get 3)))))

;; ==== x64 ====
;; function 0 (88 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1a
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov esi, dword [rbp + 0x10]
;;    1f: mov ecx, -0x1
;;    25: cmp ebx, dword [rbp + 0x18]
;;    28: cmovnb esi, ecx
;;    2b: mov eax, esi
;;    2e: mov rsp, rbp
;;    31: pop rbp
;;    32: ret
;;    33: mov eax, 0x9
;;    38: jmp $+0x16
;;    3d: mov ebx, eax
;;    3f: mov rdi, rbp
;;    42: lea rsi, qword [rip - 0xc]
;;    49: and rsp, -0x10
;;    4d: call qword [r14 + 0x30]
;;    51: mov eax, ebx
;;    53: mov rsp, qword [r13 + 0x8]
;;    57: ret
;;
;; function 1 (93 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1f
;;    19: mov ebx, dword [rbp + 0x20]
;;    1c: movsd xmm1, qword [rbp + 0x10]
;;    21: cmp ebx, 0x7
;;    24: jz $+0x5
;;    2a: movsd xmm1, qword [rbp + 0x18]
;;    2f: movaps xmm0, xmm1
;;    33: mov rsp, rbp
;;    36: pop rbp
;;    37: ret
;;    38: mov eax, 0x9
;;    3d: jmp $+0x16
;;    42: mov ebx, eax
;;    44: mov rdi, rbp
;;    47: lea rsi, qword [rip - 0xc]
;;    4e: and rsp, -0x10
;;    52: call qword [r14 + 0x30]
;;    56: mov eax, ebx
;;    58: mov rsp, qword [r13 + 0x8]
;;    5c: ret
;;
;; function 2 (99 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x25
;;    19: movss xmm1, dword [rbp + 0x20]
;;    1e: mov rbx, qword [rbp + 0x10]
;;    22: movss xmm15, dword [rbp + 0x28]
;;    28: ucomiss xmm15, xmm1
;;    2c: ja $+0x4
;;    32: mov rbx, qword [rbp + 0x18]
;;    36: mov rax, rbx
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x16
;;    48: mov ebx, eax
;;    4a: mov rdi, rbp
;;    4d: lea rsi, qword [rip - 0xc]
;;    54: and rsp, -0x10
;;    58: call qword [r14 + 0x30]
;;    5c: mov eax, ebx
;;    5e: mov rsp, qword [r13 + 0x8]
;;    62: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x2c
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr w1, [x29, #0x10]
;;    28: ldr w16, [x29, #0x18]
;;    2c: cmp w0, w16
;;    30: mov w17, #0xffffffff
;;    34: csel w1, w1, w17, lo
;;    38: mov w0, w1
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x24
;;    50: mov w19, w0
;;    54: mov x0, x29
;;    58: adr x1, $-0x8
;;    5c: mov x16, sp
;;    60: and sp, x16, #0xfffffffffffffff0
;;    64: ldr x17, [x28, #0x30]
;;    68: blr x17
;;    6c: mov w0, w19
;;    70: ldr x16, [x26, #0x8]
;;    74: ldr x17, [x16]
;;    78: add sp, x16, #0x10
;;    7c: br x17
;;
;; function 1 (120 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: ldr w0, [x29, #0x20]
;;    24: ldr d0, [x29, #0x10]
;;    28: cmp w0, #0x7
;;    2c: ldr d30, [x29, #0x18]
;;    30: fcsel d0, d0, d30, eq
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
;;
;; function 2 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr s0, [x29, #0x20]
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr s31, [x29, #0x28]
;;    2c: fcmp s0, s31
;;    30: ldr x17, [x29, #0x18]
;;    34: csel x0, x0, x17, mi
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
