;; SHA-2 style rotations of one local by constants: the register holding $x since its set
;; keeps it while the local is read again, so the first two rotations go to registers of
;; their own (x86-64 `rorx` with BMI2, a copy then `ror` without; aarch64's three-operand
;; `ror`) and the last, with no read after it, rotates in place.
(module (func (param i64 i64) (result i64) (local $x i64)
  (local.set $x (i64.add (local.get 0) (local.get 1)))
  (i64.xor (i64.xor (i64.rotr (local.get $x) (i64.const 14)) (i64.rotr (local.get $x) (i64.const 18)))
    (i64.rotl (local.get $x) (i64.const 23)))))

;; ==== x64 ====
;; function 0 (102 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x28
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: add rbx, qword [rbp + 0x18]
;;    21: rorx rsi, rbx, 0xe
;;    27: rorx rdi, rbx, 0x12
;;    2d: xor rsi, rdi
;;    30: rorx rbx, rbx, 0x29
;;    36: xor rsi, rbx
;;    39: mov rax, rsi
;;    3c: mov rsp, rbp
;;    3f: pop rbp
;;    40: ret
;;    41: mov eax, 0x9
;;    46: jmp $+0x16
;;    4b: mov ebx, eax
;;    4d: mov rdi, rbp
;;    50: lea rsi, qword [rip - 0xc]
;;    57: and rsp, -0x10
;;    5b: call qword [r14 + 0x30]
;;    5f: mov eax, ebx
;;    61: mov rsp, qword [r13 + 0x8]
;;    65: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (102 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x28
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: add rbx, qword [rbp + 0x18]
;;    21: mov rsi, rbx
;;    24: ror rsi, 0xe
;;    28: mov rdi, rbx
;;    2b: ror rdi, 0x12
;;    2f: xor rsi, rdi
;;    32: rol rbx, 0x17
;;    36: xor rsi, rbx
;;    39: mov rax, rsi
;;    3c: mov rsp, rbp
;;    3f: pop rbp
;;    40: ret
;;    41: mov eax, 0x9
;;    46: jmp $+0x16
;;    4b: mov ebx, eax
;;    4d: mov rdi, rbp
;;    50: lea rsi, qword [rip - 0xc]
;;    57: and rsp, -0x10
;;    5b: call qword [r14 + 0x30]
;;    5f: mov eax, ebx
;;    61: mov rsp, qword [r13 + 0x8]
;;    65: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr x0, [x29, #0x10]
;;    24: ldr x16, [x29, #0x18]
;;    28: add x0, x0, x16
;;    2c: ror x1, x0, #0xe
;;    30: ror x2, x0, #0x12
;;    34: eor x1, x1, x2
;;    38: ror x0, x0, #0x29
;;    3c: eor x1, x1, x0
;;    40: mov x0, x1
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
