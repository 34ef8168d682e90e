;; Population count (aarch64 goes through a vector register).
(module (func (param i32) (result i32) (i32.popcnt (local.get 0))))

;; ==== x64 ====
;; function 0 (79 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xd
;;    1d: popcnt esi, esi
;;    22: mov eax, esi
;;    25: mov rsp, rbp
;;    28: pop rbp
;;    29: ret
;;    2a: mov eax, 0x9
;;    2f: jmp $+0x16
;;    34: mov ebx, eax
;;    36: mov rdi, rbp
;;    39: lea rsi, qword [rip - 0xc]
;;    40: and rsp, -0x10
;;    44: call qword [r14 + 0x30]
;;    48: mov eax, ebx
;;    4a: mov rsp, qword [r13 + 0x8]
;;    4e: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x24
;;    24: fmov s31, w0
;;    28: cnt v31.8b, v31.8b
;;    2c: addv b31, v31.8b
;;    30: fmov w0, s31
;;    34: mov w0, w0
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
