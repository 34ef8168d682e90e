;; if/else without results.
(module (global $g (mut i32) (i32.const 0)) (func (param i32)
  (if (local.get 0) (then (global.set $g (i32.const 1))) (else (global.set $g (i32.const 2))))))

;; ==== x64 ====
;; function 0 (102 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x28
;;    19: cmp dword [rbp + 0x10], 0x0
;;    1d: jz $+0xf
;;    23: mov rbx, qword [r14 + 0x50]
;;    27: mov dword [rbx], 0x1
;;    2d: jmp $+0xa
;;    32: mov rbx, qword [r14 + 0x50]
;;    36: mov dword [rbx], 0x2
;;    3c: mov rsp, rbp
;;    3f: pop rbp
;;    40: ret
;;    41: mov eax, 0x9
;;    46: jmp $+0x16
;;    4b: mov ebx, eax
;;    4d: mov rdi, rbp
;;    50: lea rsi, qword [rip - 0xc]
;;    57: and rsp, -0x10
;;    5b: call qword [r14 + 0x30]
;;    5f: mov eax, ebx
;;    61: mov rsp, qword [r13 + 0x8]
;;    65: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr w16, [x29, #0x10]
;;    24: cbz w16, $+0x14
;;    28: ldr x0, [x28, #0x50]
;;    2c: mov w16, #0x1
;;    30: str w16, [x0]
;;    34: b $+0x10
;;    38: ldr x0, [x28, #0x50]
;;    3c: mov w16, #0x2
;;    40: str w16, [x0]
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
