;; A constant left operand is materialized first (subtraction does not commute).
(module (func (param i32) (result i32) (i32.sub (i32.const 100) (local.get 0))))

;; ==== x64 ====
;; function 0 (82 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x10
;;    1d: mov ebx, 0x64
;;    23: sub ebx, esi
;;    25: mov eax, ebx
;;    28: mov rsp, rbp
;;    2b: pop rbp
;;    2c: ret
;;    2d: mov eax, 0x9
;;    32: jmp $+0x16
;;    37: mov ebx, eax
;;    39: mov rdi, rbp
;;    3c: lea rsi, qword [rip - 0xc]
;;    43: and rsp, -0x10
;;    47: call qword [r14 + 0x30]
;;    4b: mov eax, ebx
;;    4d: mov rsp, qword [r13 + 0x8]
;;    51: ret

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x1c
;;    24: mov w1, #0x64
;;    28: sub w1, w1, w0
;;    2c: mov w0, w1
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
