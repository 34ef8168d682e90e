;; A block with parameters and two results (multi-value).
(module (func (param i32 i32) (result i32)
  (local.get 0) (local.get 1)
  (block (param i32 i32) (result i32 i32) (i32.add (i32.const 1)))
  (i32.sub)))

;; ==== x64 ====
;; function 0 (93 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x1f
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: mov eax, dword [rbp + 0x18]
;;    22: mov dword [rbp - 0x18], eax
;;    25: mov ebx, dword [rbp - 0x18]
;;    28: add ebx, 0x1
;;    2b: mov esi, dword [rbp - 0x10]
;;    2e: sub esi, ebx
;;    30: mov eax, esi
;;    33: mov rsp, rbp
;;    36: pop rbp
;;    37: ret
;;    38: mov eax, 0x9
;;    3d: jmp $+0x16
;;    42: mov ebx, eax
;;    44: mov rdi, rbp
;;    47: lea rsi, qword [rip - 0xc]
;;    4e: and rsp, -0x10
;;    52: call qword [r14 + 0x30]
;;    56: mov eax, ebx
;;    58: mov rsp, qword [r13 + 0x8]
;;    5c: ret

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
;;    20: ldr w16, [x29, #0x10]
;;    24: stur w16, [x29, #-0x10]
;;    28: ldr w16, [x29, #0x18]
;;    2c: stur w16, [x29, #-0x18]
;;    30: ldur w0, [x29, #-0x18]
;;    34: add w0, w0, #0x1
;;    38: ldur w1, [x29, #-0x10]
;;    3c: sub w1, w1, w0
;;    40: mov w0, w1
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
