;; 64-bit count leading zeros.
(module (func (param i64) (result i64) (i64.clz (local.get 0))))

;; ==== x64 ====
;; function 0 (80 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0xd
;;    1e: lzcnt rsi, rsi
;;    23: mov rax, rsi
;;    26: mov rsp, rbp
;;    29: pop rbp
;;    2a: ret
;;    2b: mov eax, 0x9
;;    30: jmp $+0x16
;;    35: mov ebx, eax
;;    37: mov rdi, rbp
;;    3a: lea rsi, qword [rip - 0xc]
;;    41: and rsp, -0x10
;;    45: call qword [r14 + 0x30]
;;    49: mov eax, ebx
;;    4b: mov rsp, qword [r13 + 0x8]
;;    4f: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (96 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x1d
;;    1e: bsr rax, rsi
;;    22: mov ecx, -0x1
;;    27: cmovz eax, ecx
;;    2a: mov esi, 0x3f
;;    30: sub esi, eax
;;    33: mov rax, rsi
;;    36: mov rsp, rbp
;;    39: pop rbp
;;    3a: ret
;;    3b: mov eax, 0x9
;;    40: jmp $+0x16
;;    45: mov ebx, eax
;;    47: mov rdi, rbp
;;    4a: lea rsi, qword [rip - 0xc]
;;    51: and rsp, -0x10
;;    55: call qword [r14 + 0x30]
;;    59: mov eax, ebx
;;    5b: mov rsp, qword [r13 + 0x8]
;;    5f: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x14
;;    24: clz x0, x0
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w0, #0x9
;;    38: b $+0x24
;;    3c: mov w19, w0
;;    40: mov x0, x29
;;    44: adr x1, $-0x8
;;    48: mov x16, sp
;;    4c: and sp, x16, #0xfffffffffffffff0
;;    50: ldr x17, [x28, #0x30]
;;    54: blr x17
;;    58: mov w0, w19
;;    5c: ldr x16, [x26, #0x8]
;;    60: ldr x17, [x16]
;;    64: add sp, x16, #0x10
;;    68: br x17
