;; table.size reads the table; table.grow calls a builtin.
(module (table $t 1 funcref)
  (func (param i32) (result i32) (i32.add (table.size $t) (table.grow $t (ref.null func) (local.get 0)))))

;; ==== x64 ====
;; function 0 (117 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x37
;;    19: mov rbx, qword [r14 + 0x50]
;;    1d: mov ebx, dword [rbx + 0x8]
;;    20: mov dword [rbp - 0x10], ebx
;;    23: mov eax, dword [rbp + 0x10]
;;    26: mov dword [rbp - 0x20], eax
;;    29: xor edx, edx
;;    2c: mov ecx, dword [rbp - 0x20]
;;    2f: xor esi, esi
;;    32: mov rdi, r14
;;    35: mov rbx, qword [r14 + 0x18]
;;    39: mov rbx, qword [rbx + 0x28]
;;    3d: call rbx
;;    40: mov ebx, eax
;;    43: mov esi, dword [rbp - 0x10]
;;    46: add esi, ebx
;;    48: mov eax, esi
;;    4b: mov rsp, rbp
;;    4e: pop rbp
;;    4f: ret
;;    50: mov eax, 0x9
;;    55: jmp $+0x16
;;    5a: mov ebx, eax
;;    5c: mov rdi, rbp
;;    5f: lea rsi, qword [rip - 0xc]
;;    66: and rsp, -0x10
;;    6a: call qword [r14 + 0x30]
;;    6e: mov eax, ebx
;;    70: mov rsp, qword [r13 + 0x8]
;;    74: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x50
;;    24: ldr x0, [x28, #0x50]
;;    28: ldr w0, [x0, #0x8]
;;    2c: stur w0, [x29, #-0x10]
;;    30: ldr w16, [x29, #0x10]
;;    34: stur w16, [x29, #-0x20]
;;    38: mov x2, #0x0
;;    3c: ldur w3, [x29, #-0x20]
;;    40: mov w1, #0x0
;;    44: mov x0, x28
;;    48: ldr x4, [x28, #0x18]
;;    4c: ldr x4, [x4, #0x28]
;;    50: blr x4
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
