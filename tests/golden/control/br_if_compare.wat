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
;; function 0 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr w0, [x29, #0x10]
;;    28: ldr w16, [x29, #0x18]
;;    2c: cmp w0, w16
;;    30: b.hi $+0x14
;;    34: ldr w0, [x29, #0x18]
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, w0
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x24
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
