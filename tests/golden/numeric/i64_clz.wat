;; 64-bit count leading zeros.
(module (func (param i64) (result i64) (i64.clz (local.get 0))))

;; ==== x64 ====
;; function 0 (79 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x11
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: lzcnt rbx, rbx
;;    22: mov rax, rbx
;;    25: mov rsp, rbp
;;    28: pop rbp
;;    29: ret
;;    2a: mov eax, 0x9
;;    2f: jmp $+0x16
;;    34: mov ebx, eax
;;    36: mov rdi, rbp
;;    39: lea rsi, qword [rip - 0xc]
;;    40: and rsp, -0x10
;;    44: call qword [r14 + 0x30]
;;    48: mov eax, ebx
;;    4a: mov rsp, qword [r13 + 0x8]
;;    4e: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (95 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x21
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: bsr rax, rbx
;;    21: mov ecx, -0x1
;;    26: cmovz eax, ecx
;;    29: mov ebx, 0x3f
;;    2f: sub ebx, eax
;;    32: mov rax, rbx
;;    35: mov rsp, rbp
;;    38: pop rbp
;;    39: ret
;;    3a: mov eax, 0x9
;;    3f: jmp $+0x16
;;    44: mov ebx, eax
;;    46: mov rdi, rbp
;;    49: lea rsi, qword [rip - 0xc]
;;    50: and rsp, -0x10
;;    54: call qword [r14 + 0x30]
;;    58: mov eax, ebx
;;    5a: mov rsp, qword [r13 + 0x8]
;;    5e: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x18
;;    24: ldr x0, [x29, #0x10]
;;    28: clz x0, x0
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
