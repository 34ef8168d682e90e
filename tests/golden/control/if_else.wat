;; if/else without results.
(module (global $g (mut i32) (i32.const 0)) (func (param i32)
  (if (local.get 0) (then (global.set $g (i32.const 1))) (else (global.set $g (i32.const 2))))))

;; ==== x64 ====
;; function 0 (107 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x29
;;    1d: mov dword [rbp + 0x10], esi
;;    20: test esi, esi
;;    22: jz $+0xf
;;    28: mov rbx, qword [r14 + 0x50]
;;    2c: mov dword [rbx], 0x1
;;    32: jmp $+0xa
;;    37: mov rbx, qword [r14 + 0x50]
;;    3b: mov dword [rbx], 0x2
;;    41: mov rsp, rbp
;;    44: pop rbp
;;    45: ret
;;    46: mov eax, 0x9
;;    4b: jmp $+0x16
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret

;; ==== aarch64 ====
;; function 0 (140 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x34
;;    24: str w0, [x29, #0x10]
;;    28: cbz w0, $+0x14
;;    2c: ldr x1, [x28, #0x50]
;;    30: mov w16, #0x1
;;    34: str w16, [x1]
;;    38: b $+0x10
;;    3c: ldr x1, [x28, #0x50]
;;    40: mov w16, #0x2
;;    44: str w16, [x1]
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
