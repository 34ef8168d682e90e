;; Float equality as a value: unordered operands give 0 (x86-64 checks parity).
(module (func (param f64 f64) (result i32) (f64.eq (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (97 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x23
;;    19: movsd xmm1, qword [rbp + 0x10]
;;    1e: ucomisd xmm1, qword [rbp + 0x18]
;;    28: setz al
;;    2b: setnp cl
;;    2e: and al, cl
;;    30: movzx ebx, al
;;    34: mov eax, ebx
;;    37: mov rsp, rbp
;;    3a: pop rbp
;;    3b: ret
;;    3c: mov eax, 0x9
;;    41: jmp $+0x16
;;    46: mov ebx, eax
;;    48: mov rdi, rbp
;;    4b: lea rsi, qword [rip - 0xc]
;;    52: and rsp, -0x10
;;    56: call qword [r14 + 0x30]
;;    5a: mov eax, ebx
;;    5c: mov rsp, qword [r13 + 0x8]
;;    60: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: ldr d0, [x29, #0x10]
;;    24: ldr d31, [x29, #0x18]
;;    28: fcmp d0, d31
;;    2c: cset w0, eq
;;    30: mov w0, w0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
