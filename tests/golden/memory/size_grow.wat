;; memory.size reads the vmctx; memory.grow calls a builtin.
(module (memory 1) (func (param i32) (result i32) (i32.add (memory.size) (memory.grow (local.get 0)))))

;; ==== x64 ====
;; function 0 (122 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x38
;;    1d: mov rbx, qword [r14 + 0x8]
;;    21: mov rbx, qword [rbx + 0x8]
;;    25: shr rbx, 0x10
;;    29: mov dword [rbp - 0x10], ebx
;;    2c: mov dword [rbp - 0x18], esi
;;    2f: mov dword [rbp + 0x10], esi
;;    32: mov edx, dword [rbp - 0x18]
;;    35: xor esi, esi
;;    38: mov rdi, r14
;;    3b: mov rbx, qword [r14 + 0x18]
;;    3f: mov rbx, qword [rbx]
;;    42: call rbx
;;    45: mov ebx, eax
;;    48: mov esi, dword [rbp - 0x10]
;;    4b: add esi, ebx
;;    4d: mov eax, esi
;;    50: mov rsp, rbp
;;    53: pop rbp
;;    54: ret
;;    55: mov eax, 0x9
;;    5a: jmp $+0x16
;;    5f: mov ebx, eax
;;    61: mov rdi, rbp
;;    64: lea rsi, qword [rip - 0xc]
;;    6b: and rsp, -0x10
;;    6f: call qword [r14 + 0x30]
;;    73: mov eax, ebx
;;    75: mov rsp, qword [r13 + 0x8]
;;    79: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x50
;;    24: ldr x1, [x28, #0x8]
;;    28: ldr x1, [x1, #0x8]
;;    2c: lsr x1, x1, #0x10
;;    30: stur w1, [x29, #-0x10]
;;    34: stur w0, [x29, #-0x18]
;;    38: str w0, [x29, #0x10]
;;    3c: ldur w2, [x29, #-0x18]
;;    40: mov w1, #0x0
;;    44: mov x0, x28
;;    48: ldr x3, [x28, #0x18]
;;    4c: ldr x3, [x3]
;;    50: blr x3
;;    54: mov w0, w0
;;    58: ldur w1, [x29, #-0x10]
;;    5c: add w1, w1, w0
;;    60: mov w0, w1
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, #0x9
;;    74: b $+0x24
;;    78: mov w19, w0
;;    7c: mov x0, x29
;;    80: adr x1, $-0x8
;;    84: mov x16, sp
;;    88: and sp, x16, #0xfffffffffffffff0
;;    8c: ldr x17, [x28, #0x30]
;;    90: blr x17
;;    94: mov w0, w19
;;    98: ldr x16, [x26, #0x8]
;;    9c: ldr x17, [x16]
;;    a0: add sp, x16, #0x10
;;    a4: br x17
