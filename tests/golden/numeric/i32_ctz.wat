;; Count trailing zeros: tzcnt, or bsf with a zero check without it.
(module (func (param i32) (result i32) (i32.ctz (local.get 0))))

;; ==== x64 ====
;; function 0 (79 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xd
;;    1d: tzcnt esi, esi
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
;; function 0 (89 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x17
;;    1d: bsf eax, esi
;;    21: mov ecx, 0x20
;;    26: cmovz eax, ecx
;;    29: mov esi, eax
;;    2c: mov eax, esi
;;    2f: mov rsp, rbp
;;    32: pop rbp
;;    33: ret
;;    34: mov eax, 0x9
;;    39: jmp $+0x16
;;    3e: mov ebx, eax
;;    40: mov rdi, rbp
;;    43: lea rsi, qword [rip - 0xc]
;;    4a: and rsp, -0x10
;;    4e: call qword [r14 + 0x30]
;;    52: mov eax, ebx
;;    54: mov rsp, qword [r13 + 0x8]
;;    58: ret

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x1c
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
