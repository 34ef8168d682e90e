;; 64-bit count trailing zeros.
(module (func (param i64) (result i64) (i64.ctz (local.get 0))))

;; ==== x64 ====
;; function 0 (80 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0xd
;;    1e: tzcnt rsi, rsi
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
;; function 0 (90 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x17
;;    1e: bsf rax, rsi
;;    22: mov ecx, 0x40
;;    27: cmovz eax, ecx
;;    2a: mov esi, eax
;;    2d: mov rax, rsi
;;    30: mov rsp, rbp
;;    33: pop rbp
;;    34: ret
;;    35: mov eax, 0x9
;;    3a: jmp $+0x16
;;    3f: mov ebx, eax
;;    41: mov rdi, rbp
;;    44: lea rsi, qword [rip - 0xc]
;;    4b: and rsp, -0x10
;;    4f: call qword [r14 + 0x30]
;;    53: mov eax, ebx
;;    55: mov rsp, qword [r13 + 0x8]
;;    59: ret

;; ==== aarch64 ====
;; function 0 (112 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x18
;;    24: rbit x0, x0
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
