;; ref.null is a constant; ref.is_null compares with zero.
(module (func (param externref) (result i32)
  (i32.add (ref.is_null (local.get 0)) (ref.is_null (ref.null extern)))))

;; ==== x64 ====
;; function 0 (101 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x27
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: setz bl
;;    24: movzx ebx, bl
;;    28: xor esi, esi
;;    2b: test rsi, rsi
;;    2e: setz sil
;;    32: movzx esi, sil
;;    36: add ebx, esi
;;    38: mov eax, ebx
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov eax, 0x9
;;    45: jmp $+0x16
;;    4a: mov ebx, eax
;;    4c: mov rdi, rbp
;;    4f: lea rsi, qword [rip - 0xc]
;;    56: and rsp, -0x10
;;    5a: call qword [r14 + 0x30]
;;    5e: mov eax, ebx
;;    60: mov rsp, qword [r13 + 0x8]
;;    64: ret

;; ==== aarch64 ====
;; function 0 (132 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x30
;;    20: ldr x0, [x29, #0x10]
;;    24: cmp x0, #0x0
;;    28: cset w0, eq
;;    2c: mov x1, #0x0
;;    30: cmp x1, #0x0
;;    34: cset w1, eq
;;    38: add w0, w0, w1
;;    3c: mov w0, w0
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x24
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
