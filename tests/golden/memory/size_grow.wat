;; memory.size reads the vmctx; memory.grow calls a builtin.
(module (memory 1) (func (param i32) (result i32) (i32.add (memory.size) (memory.grow (local.get 0)))))

;; ==== x64 ====
;; function 0 (115 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x35
;;    19: mov rbx, qword [r14 + 0x8]
;;    1d: mov rbx, qword [rbx + 0x8]
;;    21: shr rbx, 0x10
;;    25: mov dword [rbp - 0x10], ebx
;;    28: mov eax, dword [rbp + 0x10]
;;    2b: mov dword [rbp - 0x18], eax
;;    2e: mov esi, dword [rbp - 0x18]
;;    31: mov rdi, r14
;;    34: mov rbx, qword [r14 + 0x18]
;;    38: mov rbx, qword [rbx]
;;    3b: call rbx
;;    3e: mov ebx, eax
;;    41: mov esi, dword [rbp - 0x10]
;;    44: add esi, ebx
;;    46: mov eax, esi
;;    49: mov rsp, rbp
;;    4c: pop rbp
;;    4d: ret
;;    4e: mov eax, 0x9
;;    53: jmp $+0x16
;;    58: mov ebx, eax
;;    5a: mov rdi, rbp
;;    5d: lea rsi, qword [rip - 0xc]
;;    64: and rsp, -0x10
;;    68: call qword [r14 + 0x30]
;;    6c: mov eax, ebx
;;    6e: mov rsp, qword [r13 + 0x8]
;;    72: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x4c
;;    24: ldr x0, [x28, #0x8]
;;    28: ldr x0, [x0, #0x8]
;;    2c: lsr x0, x0, #0x10
;;    30: stur w0, [x29, #-0x10]
;;    34: ldr w16, [x29, #0x10]
;;    38: stur w16, [x29, #-0x18]
;;    3c: ldur w1, [x29, #-0x18]
;;    40: mov x0, x28
;;    44: ldr x2, [x28, #0x18]
;;    48: ldr x2, [x2]
;;    4c: blr x2
;;    50: mov w0, w0
;;    54: ldur w1, [x29, #-0x10]
;;    58: add w1, w1, w0
;;    5c: mov w0, w1
;;    60: mov sp, x29
;;    64: ldp x29, x30, [sp], #0x10
;;    68: ret
;;    6c: mov w0, #0x9
;;    70: b $+0x24
;;    74: mov w19, w0
;;    78: mov x0, x29
;;    7c: adr x1, $-0x8
;;    80: mov x16, sp
;;    84: and sp, x16, #0xfffffffffffffff0
;;    88: ldr x17, [x28, #0x30]
;;    8c: blr x17
;;    90: mov w0, w19
;;    94: ldr x16, [x26, #0x8]
;;    98: ldr x17, [x16]
;;    9c: add sp, x16, #0x10
;;    a0: br x17
