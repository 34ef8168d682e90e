;; A comparison followed by br_if becomes one compare-and-branch.
(module (func (param i32 i32) (result i32)
  (block (br_if 0 (i32.gt_u (local.get 0) (local.get 1))) (return (local.get 1)))
  (local.get 0)))

;; ==== x64 ====
;; function 0 (90 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1c
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: cmp ebx, dword [rbp + 0x18]
;;    1f: ja $+0x8
;;    25: mov eax, dword [rbp + 0x18]
;;    28: mov rsp, rbp
;;    2b: pop rbp
;;    2c: ret
;;    2d: mov eax, ebx
;;    30: mov rsp, rbp
;;    33: pop rbp
;;    34: ret
;;    35: mov eax, 0x9
;;    3a: jmp $+0x16
;;    3f: mov ebx, eax
;;    41: mov rdi, rbp
;;    44: lea rsi, qword [rip - 0xc]
;;    4b: and rsp, -0x10
;;    4f: call qword [r14 + 0x30]
;;    53: mov eax, ebx
;;    55: mov rsp, qword [r13 + 0x8]
;;    59: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr w16, [x29, #0x18]
;;    28: cmp w0, w16
;;    2c: b.hi $+0x14
;;    30: ldr w0, [x29, #0x18]
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, w0
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
