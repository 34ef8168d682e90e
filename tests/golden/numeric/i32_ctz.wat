;; Count trailing zeros: tzcnt, or bsf with a zero check without it.
(module (func (param i32) (result i32) (i32.ctz (local.get 0))))

;; ==== x64 ====
;; function 0 (78 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x10
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: tzcnt ebx, ebx
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
;; function 0 (88 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1a
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: bsf eax, ebx
;;    20: mov ecx, 0x20
;;    25: cmovz eax, ecx
;;    28: mov ebx, eax
;;    2b: mov eax, ebx
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

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x20
;;    20: ldr w0, [x29, #0x10]
;;    24: rbit w0, w0
;;    28: clz w0, w0
;;    2c: mov w0, w0
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
