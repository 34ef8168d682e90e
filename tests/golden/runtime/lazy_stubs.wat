;; Lazy compilation: the thunks of three functions after one import and their shared stub.
;;! lazy
(module (import "env" "f" (func))
  (func) (func (param i32)) (func (result i64) (i64.const 0)))

;; ==== x64 ====
;; function 0 (126 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x36
;;    19: mov rdi, r14
;;    1c: mov rbx, qword [r14 + 0x18]
;;    20: mov rbx, qword [rbx + 0x50]
;;    24: call rbx
;;    27: test rax, rax
;;    2a: jz $+0x29
;;    30: mov rsp, rbp
;;    33: pop rbp
;;    34: jmp rax
;;    37: mov esi, 0x1
;;    3d: jmp $-0x3f
;;    3f: mov esi, 0x2
;;    45: jmp $-0x47
;;    47: mov esi, 0x3
;;    4d: jmp $-0x4f
;;    4f: mov eax, 0x9
;;    54: jmp $+0x20
;;    59: mov eax, 0xb
;;    5e: jmp $+0x0
;;    63: mov ebx, eax
;;    65: mov rdi, rbp
;;    68: lea rsi, qword [rip - 0xc]
;;    6f: and rsp, -0x10
;;    73: call qword [r14 + 0x30]
;;    77: mov eax, ebx
;;    79: mov rsp, qword [r13 + 0x8]
;;    7d: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: mov x0, x28
;;    24: ldr x2, [x28, #0x18]
;;    28: ldr x2, [x2, #0x50]
;;    2c: blr x2
;;    30: cbz x0, $+0x30
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: br x0
;;    40: mov w1, #0x1
;;    44: b $-0x44
;;    48: mov w1, #0x2
;;    4c: b $-0x4c
;;    50: mov w1, #0x3
;;    54: b $-0x54
;;    58: mov w0, #0x9
;;    5c: b $+0x2c
;;    60: mov w0, #0xb
;;    64: b $+0x4
;;    68: mov w19, w0
;;    6c: mov x0, x29
;;    70: adr x1, $-0x8
;;    74: mov x16, sp
;;    78: and sp, x16, #0xfffffffffffffff0
;;    7c: ldr x17, [x28, #0x30]
;;    80: blr x17
;;    84: mov w0, w19
;;    88: ldr x16, [x26, #0x8]
;;    8c: ldr x17, [x16]
;;    90: add sp, x16, #0x10
;;    94: br x17
