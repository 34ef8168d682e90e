;; A call to an imported function goes through the vmctx with the callee's vmctx.
(module (import "env" "f" (func $f (param i64) (result i64)))
  (func (param i64) (result i64) (i64.add (call $f (local.get 0)) (i64.const 1))))

;; ==== x64 ====
;; function 0 (112 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x32
;;    19: mov rax, qword [rbp + 0x10]
;;    1d: mov qword [rsp], rax
;;    21: mov rbx, qword [r14 + 0x48]
;;    25: mov rax, r14
;;    28: mov r14, qword [rbx + 0x8]
;;    2c: mov r15, qword [r14]
;;    2f: mov rbx, qword [rbx]
;;    32: call rbx
;;    35: mov r14, qword [rbp - 0x8]
;;    39: mov r15, qword [r14]
;;    3c: mov rbx, rax
;;    3f: add rbx, 0x1
;;    43: mov rax, rbx
;;    46: mov rsp, rbp
;;    49: pop rbp
;;    4a: ret
;;    4b: mov eax, 0x9
;;    50: jmp $+0x16
;;    55: mov ebx, eax
;;    57: mov rdi, rbp
;;    5a: lea rsi, qword [rip - 0xc]
;;    61: and rsp, -0x10
;;    65: call qword [r14 + 0x30]
;;    69: mov eax, ebx
;;    6b: mov rsp, qword [r13 + 0x8]
;;    6f: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr x16, [x29, #0x10]
;;    24: str x16, [sp]
;;    28: ldr x0, [x28, #0x48]
;;    2c: mov x15, x28
;;    30: ldr x28, [x0, #0x8]
;;    34: ldr x27, [x28]
;;    38: ldr x0, [x0]
;;    3c: blr x0
;;    40: ldur x28, [x29, #-0x8]
;;    44: ldr x27, [x28]
;;    48: add x0, x0, #0x1
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x24
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
