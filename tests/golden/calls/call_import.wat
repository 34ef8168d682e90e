;; A call to an imported function goes through the vmctx with the callee's vmctx.
(module (import "env" "f" (func $f (param i64) (result i64)))
  (func (param i64) (result i64) (i64.add (call $f (local.get 0)) (i64.const 1))))

;; ==== x64 ====
;; function 0 (117 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x20
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x32
;;    1e: mov qword [rsp], rsi
;;    22: mov qword [rbp + 0x10], rsi
;;    26: mov rbx, qword [r14 + 0x48]
;;    2a: mov rax, r14
;;    2d: mov r14, qword [rbx + 0x8]
;;    31: mov r15, qword [r14]
;;    34: mov rbx, qword [rbx]
;;    37: call rbx
;;    3a: mov r14, qword [rbp - 0x8]
;;    3e: mov r15, qword [r14]
;;    41: mov rbx, rax
;;    44: add rbx, 0x1
;;    48: mov rax, rbx
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
;; function 0 (148 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x3c
;;    24: str x0, [sp]
;;    28: str x0, [x29, #0x10]
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
