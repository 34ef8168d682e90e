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
;; function 0 (148 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: ldr x16, [x29, #0x10]
;;    28: str x16, [sp]
;;    2c: ldr x0, [x28, #0x48]
;;    30: mov x15, x28
;;    34: ldr x28, [x0, #0x8]
;;    38: ldr x27, [x28]
;;    3c: ldr x0, [x0]
;;    40: blr x0
;;    44: ldur x28, [x29, #-0x8]
;;    48: ldr x27, [x28]
;;    4c: add x0, x0, #0x1
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x24
;;    64: mov w19, w0
;;    68: mov x0, x29
;;    6c: adr x1, $-0x8
;;    70: mov x16, sp
;;    74: and sp, x16, #0xfffffffffffffff0
;;    78: ldr x17, [x28, #0x30]
;;    7c: blr x17
;;    80: mov w0, w19
;;    84: ldr x16, [x26, #0x8]
;;    88: ldr x17, [x16]
;;    8c: add sp, x16, #0x10
;;    90: br x17
