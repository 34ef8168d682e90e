;; A block with parameters and two results (multi-value).
(module (func (param i32 i32) (result i32)
  (local.get 0) (local.get 1)
  (block (param i32 i32) (result i32 i32) (i32.add (i32.const 1)))
  (i32.sub)))

;; ==== x64 ====
;; function 0 (103 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x21
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: mov dword [rbp - 0x10], esi
;;    2a: mov dword [rbp - 0x18], edi
;;    2d: mov ebx, dword [rbp - 0x18]
;;    30: add ebx, 0x1
;;    33: mov r8d, dword [rbp - 0x10]
;;    37: sub r8d, ebx
;;    3a: mov eax, r8d
;;    3d: mov rsp, rbp
;;    40: pop rbp
;;    41: ret
;;    42: mov eax, 0x9
;;    47: jmp $+0x16
;;    4c: mov ebx, eax
;;    4e: mov rdi, rbp
;;    51: lea rsi, qword [rip - 0xc]
;;    58: and rsp, -0x10
;;    5c: call qword [r14 + 0x30]
;;    60: mov eax, ebx
;;    62: mov rsp, qword [r13 + 0x8]
;;    66: ret

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
;;    30: stur w0, [x29, #-0x10]
;;    34: stur w1, [x29, #-0x18]
;;    38: ldur w2, [x29, #-0x18]
;;    3c: add w2, w2, #0x1
;;    40: ldur w3, [x29, #-0x10]
;;    44: sub w3, w3, w2
;;    48: mov w0, w3
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
