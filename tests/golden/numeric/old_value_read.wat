;; x ^ (x = y + z): the lazy read of $x is loaded into a free register before the tee
;; changes $x, not copied through a home slot and read back.
(module (func (param $x i32) (param $y i32) (param $z i32) (result i32)
  (i32.xor (local.get $x) (local.tee $x (i32.add (local.get $y) (local.get $z))))))

;; ==== x64 ====
;; function 0 (81 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x13
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: add ebx, dword [rbp + 0x20]
;;    1f: mov esi, dword [rbp + 0x10]
;;    22: xor esi, ebx
;;    24: mov eax, esi
;;    27: mov rsp, rbp
;;    2a: pop rbp
;;    2b: ret
;;    2c: mov eax, 0x9
;;    31: jmp $+0x16
;;    36: mov ebx, eax
;;    38: mov rdi, rbp
;;    3b: lea rsi, qword [rip - 0xc]
;;    42: and rsp, -0x10
;;    46: call qword [r14 + 0x30]
;;    4a: mov eax, ebx
;;    4c: mov rsp, qword [r13 + 0x8]
;;    50: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr w0, [x29, #0x18]
;;    24: ldr w16, [x29, #0x20]
;;    28: add w0, w0, w16
;;    2c: ldr w1, [x29, #0x10]
;;    30: eor w1, w1, w0
;;    34: mov w0, w1
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
