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
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr x0, [x28, #0x50]
;;    24: ldr x0, [x0]
;;    28: ldr x1, [x28, #0x58]
;;    2c: ldr x1, [x1]
;;    30: add x0, x0, x1
;;    34: ldr x1, [x28, #0x50]
;;    38: str x0, [x1]
;;    3c: ldr x0, [x28, #0x50]
;;    40: ldr x0, [x0]
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
