;; A comparison followed by br_if becomes one compare-and-branch.
(module (func (param i32 i32) (result i32)
  (block (br_if 0 (i32.gt_u (local.get 0) (local.get 1))) (return (local.get 1)))
  (local.get 0)))

;; ==== x64 ====
;; function 0 (100 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x1e
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: cmp esi, edi
;;    29: ja $+0x8
;;    2f: mov eax, edi
;;    32: mov rsp, rbp
;;    35: pop rbp
;;    36: ret
;;    37: mov eax, esi
;;    3a: mov rsp, rbp
;;    3d: pop rbp
;;    3e: ret
;;    3f: mov eax, 0x9
;;    44: jmp $+0x16
;;    49: mov ebx, eax
;;    4b: mov rdi, rbp
;;    4e: lea rsi, qword [rip - 0xc]
;;    55: and rsp, -0x10
;;    59: call qword [r14 + 0x30]
;;    5d: mov eax, ebx
;;    5f: mov rsp, qword [r13 + 0x8]
;;    63: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x34
;;    28: str w0, [x29, #0x10]
;;    2c: str w1, [x29, #0x18]
;;    30: cmp w0, w1
;;    34: b.hi $+0x14
;;    38: mov w0, w1
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, w0
;;    4c: mov sp, x29
;;    50: ldp x29, x30, [sp], #0x10
;;    54: ret
;;    58: mov w0, #0x9
;;    5c: b $+0x24
;;    60: mov w19, w0
;;    64: mov x0, x29
;;    68: adr x1, $-0x8
;;    6c: mov x16, sp
;;    70: and sp, x16, #0xfffffffffffffff0
;;    74: ldr x17, [x28, #0x30]
;;    78: blr x17
;;    7c: mov w0, w19
;;    80: ldr x16, [x26, #0x8]
;;    84: ldr x17, [x16]
;;    88: add sp, x16, #0x10
;;    8c: br x17
