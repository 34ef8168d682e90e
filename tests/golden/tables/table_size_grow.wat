;; table.size reads the table; table.grow calls a builtin.
(module (table $t 1 funcref)
  (func (param i32) (result i32) (i32.add (table.size $t) (table.grow $t (ref.null func) (local.get 0)))))

;; ==== x64 ====
;; function 0 (121 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x37
;;    1d: mov rbx, qword [r14 + 0x50]
;;    21: mov ebx, dword [rbx + 0x8]
;;    24: mov dword [rbp - 0x10], ebx
;;    27: mov dword [rbp - 0x20], esi
;;    2a: mov dword [rbp + 0x10], esi
;;    2d: xor edx, edx
;;    30: mov ecx, dword [rbp - 0x20]
;;    33: xor esi, esi
;;    36: mov rdi, r14
;;    39: mov rbx, qword [r14 + 0x18]
;;    3d: mov rbx, qword [rbx + 0x28]
;;    41: call rbx
;;    44: mov ebx, eax
;;    47: mov esi, dword [rbp - 0x10]
;;    4a: add esi, ebx
;;    4c: mov eax, esi
;;    4f: mov rsp, rbp
;;    52: pop rbp
;;    53: ret
;;    54: mov eax, 0x9
;;    59: jmp $+0x16
;;    5e: mov ebx, eax
;;    60: mov rdi, rbp
;;    63: lea rsi, qword [rip - 0xc]
;;    6a: and rsp, -0x10
;;    6e: call qword [r14 + 0x30]
;;    72: mov eax, ebx
;;    74: mov rsp, qword [r13 + 0x8]
;;    78: ret

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
;;    24: ldr x1, [x28, #0x50]
;;    28: ldr w1, [x1, #0x8]
;;    2c: stur w1, [x29, #-0x10]
;;    30: stur w0, [x29, #-0x20]
;;    34: str w0, [x29, #0x10]
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
