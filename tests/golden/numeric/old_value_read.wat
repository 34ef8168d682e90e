;; x ^ (x = y + z): the lazy read of $x is loaded into a free register before the tee
;; changes $x, not copied through a home slot and read back.
(module (func (param $x i32) (param $y i32) (param $z i32) (result i32)
  (i32.xor (local.get $x) (local.tee $x (i32.add (local.get $y) (local.get $z))))))

;; ==== x64 ====
;; function 0 (88 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8d, dword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x20
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0xd
;;    26: add edi, r8d
;;    29: xor esi, edi
;;    2b: mov eax, esi
;;    2e: mov rsp, rbp
;;    31: pop rbp
;;    32: ret
;;    33: mov eax, 0x9
;;    38: jmp $+0x16
;;    3d: mov ebx, eax
;;    3f: mov rdi, rbp
;;    42: lea rsi, qword [rip - 0xc]
;;    49: and rsp, -0x10
;;    4d: call qword [r14 + 0x30]
;;    51: mov eax, ebx
;;    53: mov rsp, qword [r13 + 0x8]
;;    57: ret

;; ==== aarch64 ====
;; function 0 (124 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: ldr w2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x20
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x1c
;;    2c: add w1, w1, w2
;;    30: eor w0, w0, w1
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
