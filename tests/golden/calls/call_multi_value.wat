;; Calling a function with two results: the second comes back in memory.
(module (func $two (param i32) (result i32 i32) (local.get 0) (i32.const 7))
  (func (param i32) (result i32) (i32.sub (call $two (local.get 0)))))

;; ==== x64 ====
;; function 0 (81 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0xf
;;    1d: mov dword [rbp + 0x10], esi
;;    20: mov dword [rbp + 0x18], 0x7
;;    27: mov rsp, rbp
;;    2a: pop rbp
;;    2b: ret
;;    2c: mov eax, 0x9
;;    31: jmp $+0x16
;;    36: mov ebx, eax
;;    38: mov rdi, rbp
;;    3b: lea rsi, qword [rip - 0xc]
;;    42: and rsp, -0x10
;;    46: call qword [r14 + 0x30]
;;    4a: mov eax, ebx
;;    4c: mov rsp, qword [r13 + 0x8]
;;    50: ret
;;
;; function 1 (101 bytes, calls [CallReloc { offset: 33, callee: 0 }])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x30
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x23
;;    1d: mov dword [rbp + 0x10], esi
;;    20: call $+0x0
;;    25: mov eax, dword [rsp]
;;    28: mov dword [rbp - 0x10], eax
;;    2b: mov eax, dword [rsp + 0x8]
;;    2f: mov dword [rbp - 0x18], eax
;;    32: mov ebx, dword [rbp - 0x10]
;;    35: sub ebx, dword [rbp - 0x18]
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
;; function 0 (116 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x1c
;;    24: str w0, [x29, #0x10]
;;    28: mov w16, #0x7
;;    2c: str w16, [x29, #0x18]
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
;;
;; function 1 (144 bytes, calls [CallReloc { offset: 40, callee: 0 }])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x30
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x38
;;    24: str w0, [x29, #0x10]
;;    28: bl $+0x0
;;    2c: ldr w16, [sp]
;;    30: stur w16, [x29, #-0x10]
;;    34: ldr w16, [sp, #0x8]
;;    38: stur w16, [x29, #-0x18]
;;    3c: ldur w0, [x29, #-0x10]
;;    40: ldur w16, [x29, #-0x18]
;;    44: sub w0, w0, w16
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
