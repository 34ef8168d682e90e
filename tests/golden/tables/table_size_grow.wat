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
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x50
;;    20: ldr x0, [x28, #0x50]
;;    24: ldr w0, [x0, #0x8]
;;    28: stur w0, [x29, #-0x10]
;;    2c: ldr w16, [x29, #0x10]
;;    30: stur w16, [x29, #-0x20]
;;    34: mov x2, #0x0
;;    38: ldur w3, [x29, #-0x20]
;;    3c: mov w1, #0x0
;;    40: mov x0, x28
;;    44: ldr x4, [x28, #0x18]
;;    48: ldr x4, [x4, #0x28]
;;    4c: blr x4
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
