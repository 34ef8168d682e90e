;; x ^ (x = y + z): the lazy read of $x is loaded into a free register before the tee
;; changes $x, not copied through a home slot and read back.
(module (func (param $x i32) (param $y i32) (param $z i32) (result i32)
  (i32.xor (local.get $x) (local.tee $x (i32.add (local.get $y) (local.get $z))))))

;; ==== x64 ====
;; function 0 (84 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x16
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: add ebx, dword [rbp + 0x20]
;;    1f: mov esi, dword [rbp + 0x10]
;;    22: mov dword [rbp + 0x10], ebx
;;    25: xor esi, ebx
;;    27: mov eax, esi
;;    2a: mov rsp, rbp
;;    2d: pop rbp
;;    2e: ret
;;    2f: mov eax, 0x9
;;    34: jmp $+0x16
;;    39: mov ebx, eax
;;    3b: mov rdi, rbp
;;    3e: lea rsi, qword [rip - 0xc]
;;    45: and rsp, -0x10
;;    49: call qword [r14 + 0x30]
;;    4d: mov eax, ebx
;;    4f: mov rsp, qword [r13 + 0x8]
;;    53: ret

;; ==== aarch64 ====
;; function 0 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x2c
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w16, [x29, #0x20]
;;    28: add w0, w0, w16
;;    2c: ldr w1, [x29, #0x10]
;;    30: str w0, [x29, #0x10]
;;    34: eor w1, w1, w0
;;    38: mov w0, w1
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x24
;;    50: mov w19, w0
;;    54: mov x0, x29
;;    58: adr x1, $-0x8
;;    5c: mov x16, sp
;;    60: and sp, x16, #0xfffffffffffffff0
;;    64: ldr x17, [x28, #0x30]
;;    68: blr x17
;;    6c: mov w0, w19
;;    70: ldr x16, [x26, #0x8]
;;    74: ldr x17, [x16]
;;    78: add sp, x16, #0x10
;;    7c: br x17
