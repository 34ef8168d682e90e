;; SHA-2 style rotations of one local by constants: the register holding $x since its set
;; keeps it while the local is read again, so the first two rotations go to registers of
;; their own (x86-64 `rorx` with BMI2, a copy then `ror` without; aarch64's three-operand
;; `ror`) and the last, with no read after it, rotates in place.
(module (func (param i64 i64) (result i64) (local $x i64)
  (local.set $x (i64.add (local.get 0) (local.get 1)))
  (i64.xor (i64.xor (i64.rotr (local.get $x) (i64.const 14)) (i64.rotr (local.get $x) (i64.const 18)))
    (i64.rotl (local.get $x) (i64.const 23)))))

;; ==== x64 ====
;; function 0 (106 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2c
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: add rbx, qword [rbp + 0x18]
;;    21: mov qword [rbp - 0x10], rbx
;;    25: rorx rsi, rbx, 0xe
;;    2b: rorx rdi, rbx, 0x12
;;    31: xor rsi, rdi
;;    34: rorx rbx, rbx, 0x29
;;    3a: xor rsi, rbx
;;    3d: mov rax, rsi
;;    40: mov rsp, rbp
;;    43: pop rbp
;;    44: ret
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

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (106 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2c
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: add rbx, qword [rbp + 0x18]
;;    21: mov qword [rbp - 0x10], rbx
;;    25: mov rsi, rbx
;;    28: ror rsi, 0xe
;;    2c: mov rdi, rbx
;;    2f: ror rdi, 0x12
;;    33: xor rsi, rdi
;;    36: rol rbx, 0x17
;;    3a: xor rsi, rbx
;;    3d: mov rax, rsi
;;    40: mov rsp, rbp
;;    43: pop rbp
;;    44: ret
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

;; ==== aarch64 ====
;; function 0 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr x0, [x29, #0x10]
;;    24: ldr x16, [x29, #0x18]
;;    28: add x0, x0, x16
;;    2c: stur x0, [x29, #-0x10]
;;    30: ror x1, x0, #0xe
;;    34: ror x2, x0, #0x12
;;    38: eor x1, x1, x2
;;    3c: ror x0, x0, #0x29
;;    40: eor x1, x1, x0
;;    44: mov x0, x1
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x24
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
