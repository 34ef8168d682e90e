;; Rotate right by a constant.
(module (func (param i64) (result i64) (i64.rotr (local.get 0) (i64.const 13))))

;; ==== x64 ====
;; function 0 (81 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x13
;;    19: rorx rbx, qword [rbp + 0x10], 0xd
;;    24: mov rax, rbx
;;    27: mov rsp, rbp
;;    2a: pop rbp
;;    2b: ret
;;    2c: mov eax, 0x9
;;    31: jmp $+0x16
;;    36: mov ebx, eax
;;    38: mov rdi, rbp
;;    3b: lea rsi, qword [rip - 0xc]
;;    42: and rsp, -0x10
;;    46: call qword [r14 + 0x30]
;;    4a: mov eax, ebx
;;    4c: mov rsp, qword [r13 + 0x8]
;;    50: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (78 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x10
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: ror rbx, 0xd
;;    21: mov rax, rbx
;;    24: mov rsp, rbp
;;    27: pop rbp
;;    28: ret
;;    29: mov eax, 0x9
;;    2e: jmp $+0x16
;;    33: mov ebx, eax
;;    35: mov rdi, rbp
;;    38: lea rsi, qword [rip - 0xc]
;;    3f: and rsp, -0x10
;;    43: call qword [r14 + 0x30]
;;    47: mov eax, ebx
;;    49: mov rsp, qword [r13 + 0x8]
;;    4d: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x18
;;    24: ldr x0, [x29, #0x10]
;;    28: ror x0, x0, #0xd
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x9
;;    3c: b $+0x24
;;    40: mov w19, w0
;;    44: mov x0, x29
;;    48: adr x1, $-0x8
;;    4c: mov x16, sp
;;    50: and sp, x16, #0xfffffffffffffff0
;;    54: ldr x17, [x28, #0x30]
;;    58: blr x17
;;    5c: mov w0, w19
;;    60: ldr x16, [x26, #0x8]
;;    64: ldr x17, [x16]
;;    68: add sp, x16, #0x10
;;    6c: br x17
