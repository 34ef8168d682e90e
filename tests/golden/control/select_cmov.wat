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
;; function 0 (92 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x30
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x16
;;    21: mov ebx, esi
;;    24: mov ecx, -0x1
;;    2a: cmp edi, esi
;;    2c: cmovna ebx, ecx
;;    2f: mov eax, ebx
;;    32: mov rsp, rbp
;;    35: pop rbp
;;    36: ret
;;    37: mov eax, 0x9
;;    3c: jmp $+0x16
;;    41: mov ebx, eax
;;    43: mov rdi, rbp
;;    46: lea rsi, qword [rip - 0xc]
;;    4d: and rsp, -0x10
;;    51: call qword [r14 + 0x30]
;;    55: mov eax, ebx
;;    57: mov rsp, qword [r13 + 0x8]
;;    5b: ret
;;
;; function 1 (100 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: mov esi, dword [rsp + 0x18]
;;    10: push rbp
;;    11: mov rbp, rsp
;;    14: sub rsp, 0x30
;;    1b: mov qword [rbp - 0x8], r14
;;    1f: cmp rsp, qword [r13]
;;    23: jb $+0x16
;;    29: cmp esi, 0x7
;;    2c: jz $+0x4
;;    32: movaps xmm1, xmm2
;;    36: movaps xmm0, xmm1
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x16
;;    49: mov ebx, eax
;;    4b: mov rdi, rbp
;;    4e: lea rsi, qword [rip - 0xc]
;;    55: and rsp, -0x10
;;    59: call qword [r14 + 0x30]
;;    5d: mov eax, ebx
;;    5f: mov rsp, qword [r13 + 0x8]
;;    63: ret
;;
;; function 2 (105 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: mov rdi, qword [rsp + 0x10]
;;     a: movss xmm1, dword [rsp + 0x18]
;;    10: movss xmm2, dword [rsp + 0x20]
;;    16: push rbp
;;    17: mov rbp, rsp
;;    1a: sub rsp, 0x30
;;    21: mov qword [rbp - 0x8], r14
;;    25: cmp rsp, qword [r13]
;;    29: jb $+0x15
;;    2f: ucomiss xmm2, xmm1
;;    33: ja $+0x3
;;    39: mov rsi, rdi
;;    3c: mov rax, rsi
;;    3f: mov rsp, rbp
;;    42: pop rbp
;;    43: ret
;;    44: mov eax, 0x9
;;    49: jmp $+0x16
;;    4e: mov ebx, eax
;;    50: mov rdi, rbp
;;    53: lea rsi, qword [rip - 0xc]
;;    5a: and rsp, -0x10
;;    5e: call qword [r14 + 0x30]
;;    62: mov eax, ebx
;;    64: mov rsp, qword [r13 + 0x8]
;;    68: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x30
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x24
;;    28: mov w2, w0
;;    2c: cmp w1, w0
;;    30: mov w17, #0xffffffff
;;    34: csel w2, w2, w17, hi
;;    38: mov w0, w2
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
;;     0: ldr d0, [sp]
;;     4: ldr d1, [sp, #0x8]
;;     8: ldr w0, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x30
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x18
;;    2c: cmp w0, #0x7
;;    30: fcsel d0, d0, d1, eq
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
;;     0: ldr x0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: ldr s0, [sp, #0x10]
;;     c: ldr s1, [sp, #0x18]
;;    10: stp x29, x30, [sp, #-0x10]!
;;    14: mov x29, sp
;;    18: nop
;;    1c: sub sp, sp, #0x30
;;    20: stur x28, [x29, #-0x8]
;;    24: ldr x16, [x26]
;;    28: cmp sp, x16
;;    2c: b.lo $+0x18
;;    30: fcmp s0, s1
;;    34: csel x0, x0, x1, mi
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
