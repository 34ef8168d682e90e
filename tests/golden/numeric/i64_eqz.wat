;; 64-bit eqz as a value.
(module (func (param i64) (result i32) (i64.eqz (local.get 0))))

;; ==== x64 ====
;; function 0 (86 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x13
;;    1e: test rsi, rsi
;;    21: setz sil
;;    25: movzx esi, sil
;;    29: mov eax, esi
;;    2c: mov rsp, rbp
;;    2f: pop rbp
;;    30: ret
;;    31: mov eax, 0x9
;;    36: jmp $+0x16
;;    3b: mov ebx, eax
;;    3d: mov rdi, rbp
;;    40: lea rsi, qword [rip - 0xc]
;;    47: and rsp, -0x10
;;    4b: call qword [r14 + 0x30]
;;    4f: mov eax, ebx
;;    51: mov rsp, qword [r13 + 0x8]
;;    55: ret

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x1c
;;    24: cmp x0, #0x0
;;    28: cset w0, eq
;;    2c: mov w0, w0
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
