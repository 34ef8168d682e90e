;; SHA-2 style rotations of one local by constants: the register holding $x since its set
;; keeps it while the local is read again, so the first two rotations go to registers of
;; their own (x86-64 `rorx` with BMI2, a copy then `ror` without; aarch64's three-operand
;; `ror`) and the last, with no read after it, rotates in place.
(module (func (param i64 i64) (result i64) (local $x i64)
  (local.set $x (i64.add (local.get 0) (local.get 1)))
  (i64.xor (i64.xor (i64.rotr (local.get $x) (i64.const 14)) (i64.rotr (local.get $x) (i64.const 18)))
    (i64.rotl (local.get $x) (i64.const 23)))))

;; ==== x64 ====
;; function 0 (107 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: mov rdi, qword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x30
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0x23
;;    23: add rsi, rdi
;;    26: rorx rbx, rsi, 0xe
;;    2c: rorx r8, rsi, 0x12
;;    32: xor rbx, r8
;;    35: rorx rsi, rsi, 0x29
;;    3b: xor rbx, rsi
;;    3e: mov rax, rbx
;;    41: mov rsp, rbp
;;    44: pop rbp
;;    45: ret
;;    46: mov eax, 0x9
;;    4b: jmp $+0x16
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (107 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: mov rdi, qword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x30
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0x23
;;    23: add rsi, rdi
;;    26: mov rbx, rsi
;;    29: ror rbx, 0xe
;;    2d: mov r8, rsi
;;    30: ror r8, 0x12
;;    34: xor rbx, r8
;;    37: rol rsi, 0x17
;;    3b: xor rbx, rsi
;;    3e: mov rax, rbx
;;    41: mov rsp, rbp
;;    44: pop rbp
;;    45: ret
;;    46: mov eax, 0x9
;;    4b: jmp $+0x16
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x30
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x2c
;;    28: add x0, x0, x1
;;    2c: ror x2, x0, #0xe
;;    30: ror x3, x0, #0x12
;;    34: eor x2, x2, x3
;;    38: ror x0, x0, #0x29
;;    3c: eor x2, x2, x0
;;    40: mov x0, x2
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
