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
;; function 0 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr w16, [x29, #0x10]
;;    28: cbz w16, $+0x14
;;    2c: ldr x0, [x28, #0x50]
;;    30: mov w16, #0x1
;;    34: str w16, [x0]
;;    38: b $+0x10
;;    3c: ldr x0, [x28, #0x50]
;;    40: mov w16, #0x2
;;    44: str w16, [x0]
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
