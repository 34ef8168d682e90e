;; Float equality as a value: unordered operands give 0 (x86-64 checks parity).
(module (func (param f64 f64) (result i32) (f64.eq (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (99 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: movsd xmm2, qword [rsp + 0x10]
;;     c: push rbp
;;     d: mov rbp, rsp
;;    10: sub rsp, 0x20
;;    17: mov qword [rbp - 0x8], r14
;;    1b: cmp rsp, qword [r13]
;;    1f: jb $+0x19
;;    25: ucomisd xmm1, xmm2
;;    2a: setz al
;;    2d: setnp cl
;;    30: and al, cl
;;    32: movzx ebx, al
;;    36: mov eax, ebx
;;    39: mov rsp, rbp
;;    3c: pop rbp
;;    3d: ret
;;    3e: mov eax, 0x9
;;    43: jmp $+0x16
;;    48: mov ebx, eax
;;    4a: mov rdi, rbp
;;    4d: lea rsi, qword [rip - 0xc]
;;    54: and rsp, -0x10
;;    58: call qword [r14 + 0x30]
;;    5c: mov eax, ebx
;;    5e: mov rsp, qword [r13 + 0x8]
;;    62: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: ldr d0, [sp]
;;     4: ldr d1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x1c
;;    28: fcmp d0, d1
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
