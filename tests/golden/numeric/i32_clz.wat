;; Count leading zeros: lzcnt, or bsr with a zero check without it.
(module (func (param i32) (result i32) (i32.clz (local.get 0))))

;; ==== x64 ====
;; function 0 (78 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x10
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: lzcnt ebx, ebx
;;    21: mov eax, ebx
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

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (94 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x20
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: bsr eax, ebx
;;    20: mov ecx, -0x1
;;    25: cmovz eax, ecx
;;    28: mov ebx, 0x1f
;;    2e: sub ebx, eax
;;    31: mov eax, ebx
;;    34: mov rsp, rbp
;;    37: pop rbp
;;    38: ret
;;    39: mov eax, 0x9
;;    3e: jmp $+0x16
;;    43: mov ebx, eax
;;    45: mov rdi, rbp
;;    48: lea rsi, qword [rip - 0xc]
;;    4f: and rsp, -0x10
;;    53: call qword [r14 + 0x30]
;;    57: mov eax, ebx
;;    59: mov rsp, qword [r13 + 0x8]
;;    5d: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x1c
;;    20: ldr w0, [x29, #0x10]
;;    24: clz w0, w0
;;    28: mov w0, w0
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
