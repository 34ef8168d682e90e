;; Count leading zeros: lzcnt, or bsr with a zero check without it.
(module (func (param i32) (result i32) (i32.clz (local.get 0))))

;; ==== x64 ====
;; function 0 (79 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xd
;;    1d: lzcnt esi, esi
;;    22: mov eax, esi
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
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x1d
;;    1d: bsr eax, esi
;;    21: mov ecx, -0x1
;;    26: cmovz eax, ecx
;;    29: mov esi, 0x1f
;;    2f: sub esi, eax
;;    32: mov eax, esi
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
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x18
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
