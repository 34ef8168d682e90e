;; memory.size reads the vmctx; memory.grow calls a builtin.
(module (memory 1) (func (param i32) (result i32) (i32.add (memory.size) (memory.grow (local.get 0)))))

;; ==== x64 ====
;; function 0 (118 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x38
;;    19: mov rbx, qword [r14 + 0x8]
;;    1d: mov rbx, qword [rbx + 0x8]
;;    21: shr rbx, 0x10
;;    25: mov dword [rbp - 0x10], ebx
;;    28: mov eax, dword [rbp + 0x10]
;;    2b: mov dword [rbp - 0x18], eax
;;    2e: mov edx, dword [rbp - 0x18]
;;    31: xor esi, esi
;;    34: mov rdi, r14
;;    37: mov rbx, qword [r14 + 0x18]
;;    3b: mov rbx, qword [rbx]
;;    3e: call rbx
;;    41: mov ebx, eax
;;    44: mov esi, dword [rbp - 0x10]
;;    47: add esi, ebx
;;    49: mov eax, esi
;;    4c: mov rsp, rbp
;;    4f: pop rbp
;;    50: ret
;;    51: mov eax, 0x9
;;    56: jmp $+0x16
;;    5b: mov ebx, eax
;;    5d: mov rdi, rbp
;;    60: lea rsi, qword [rip - 0xc]
;;    67: and rsp, -0x10
;;    6b: call qword [r14 + 0x30]
;;    6f: mov eax, ebx
;;    71: mov rsp, qword [r13 + 0x8]
;;    75: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x50
;;    20: ldr x0, [x28, #0x8]
;;    24: ldr x0, [x0, #0x8]
;;    28: lsr x0, x0, #0x10
;;    2c: stur w0, [x29, #-0x10]
;;    30: ldr w16, [x29, #0x10]
;;    34: stur w16, [x29, #-0x18]
;;    38: ldur w2, [x29, #-0x18]
;;    3c: mov w1, #0x0
;;    40: mov x0, x28
;;    44: ldr x3, [x28, #0x18]
;;    48: ldr x3, [x3]
;;    4c: blr x3
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
