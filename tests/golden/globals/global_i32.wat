;; Mutable i32 global: read and written through the vmctx's pointer to its cell.
(module (global $g (mut i32) (i32.const 0))
  (func (param i32) (result i32) (global.set $g (i32.add (global.get $g) (local.get 0))) (global.get $g)))

;; ==== x64 ====
;; function 0 (91 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1d
;;    19: mov rbx, qword [r14 + 0x50]
;;    1d: mov ebx, dword [rbx]
;;    1f: add ebx, dword [rbp + 0x10]
;;    22: mov rsi, qword [r14 + 0x50]
;;    26: mov dword [rsi], ebx
;;    28: mov rbx, qword [r14 + 0x50]
;;    2c: mov ebx, dword [rbx]
;;    2e: mov eax, ebx
;;    31: mov rsp, rbp
;;    34: pop rbp
;;    35: ret
;;    36: mov eax, 0x9
;;    3b: jmp $+0x16
;;    40: mov ebx, eax
;;    42: mov rdi, rbp
;;    45: lea rsi, qword [rip - 0xc]
;;    4c: and rsp, -0x10
;;    50: call qword [r14 + 0x30]
;;    54: mov eax, ebx
;;    56: mov rsp, qword [r13 + 0x8]
;;    5a: ret

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
;;    20: ldr x0, [x28, #0x50]
;;    24: ldr w0, [x0]
;;    28: ldr w16, [x29, #0x10]
;;    2c: add w0, w0, w16
;;    30: ldr x1, [x28, #0x50]
;;    34: str w0, [x1]
;;    38: ldr x0, [x28, #0x50]
;;    3c: ldr w0, [x0]
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
