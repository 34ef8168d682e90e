;; 64-bit population count.
(module (func (param i64) (result i64) (i64.popcnt (local.get 0))))

;; ==== x64 ====
;; function 0 (80 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0xd
;;    1e: popcnt rsi, rsi
;;    23: mov rax, rsi
;;    26: mov rsp, rbp
;;    29: pop rbp
;;    2a: ret
;;    2b: mov eax, 0x9
;;    30: jmp $+0x16
;;    35: mov ebx, eax
;;    37: mov rdi, rbp
;;    3a: lea rsi, qword [rip - 0xc]
;;    41: and rsp, -0x10
;;    45: call qword [r14 + 0x30]
;;    49: mov eax, ebx
;;    4b: mov rsp, qword [r13 + 0x8]
;;    4f: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x20
;;    24: fmov d31, x0
;;    28: cnt v31.8b, v31.8b
;;    2c: addv b31, v31.8b
;;    30: fmov w0, s31
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
