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
;; function 0 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: mov x0, x28
;;    28: ldr x2, [x28, #0x18]
;;    2c: ldr x2, [x2, #0x50]
;;    30: blr x2
;;    34: cbz x0, $+0x30
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: br x0
;;    44: mov w1, #0x1
;;    48: b $-0x48
;;    4c: mov w1, #0x2
;;    50: b $-0x50
;;    54: mov w1, #0x3
;;    58: b $-0x58
;;    5c: mov w0, #0x9
;;    60: b $+0x2c
;;    64: mov w0, #0xb
;;    68: b $+0x4
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
