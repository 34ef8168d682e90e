;; Imported globals, mutable and immutable.
(module (import "env" "g" (global $g (mut i64))) (import "env" "c" (global $c i64))
  (func (result i64) (global.set $g (i64.add (global.get $g) (global.get $c))) (global.get $g)))

;; ==== x64 ====
;; function 0 (101 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x27
;;    19: mov rbx, qword [r14 + 0x50]
;;    1d: mov rbx, qword [rbx]
;;    20: mov rsi, qword [r14 + 0x58]
;;    24: mov rsi, qword [rsi]
;;    27: add rbx, rsi
;;    2a: mov rsi, qword [r14 + 0x50]
;;    2e: mov qword [rsi], rbx
;;    31: mov rbx, qword [r14 + 0x50]
;;    35: mov rbx, qword [rbx]
;;    38: mov rax, rbx
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov eax, 0x9
;;    45: jmp $+0x16
;;    4a: mov ebx, eax
;;    4c: mov rdi, rbp
;;    4f: lea rsi, qword [rip - 0xc]
;;    56: and rsp, -0x10
;;    5a: call qword [r14 + 0x30]
;;    5e: mov eax, ebx
;;    60: mov rsp, qword [r13 + 0x8]
;;    64: ret

;; ==== aarch64 ====
;; function 0 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr x0, [x28, #0x50]
;;    28: ldr x0, [x0]
;;    2c: ldr x1, [x28, #0x58]
;;    30: ldr x1, [x1]
;;    34: add x0, x0, x1
;;    38: ldr x1, [x28, #0x50]
;;    3c: str x0, [x1]
;;    40: ldr x0, [x28, #0x50]
;;    44: ldr x0, [x0]
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x24
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
