;; Calling a function with two results: the second comes back in memory.
(module (func $two (param i32) (result i32 i32) (local.get 0) (i32.const 7))
  (func (param i32) (result i32) (i32.sub (call $two (local.get 0)))))

;; ==== x64 ====
;; function 0 (86 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x18
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rbp - 0x10], eax
;;    1f: mov eax, dword [rbp - 0x10]
;;    22: mov dword [rbp + 0x10], eax
;;    25: mov dword [rbp + 0x18], 0x7
;;    2c: mov rsp, rbp
;;    2f: pop rbp
;;    30: ret
;;    31: mov eax, 0x9
;;    36: jmp $+0x16
;;    3b: mov ebx, eax
;;    3d: mov rdi, rbp
;;    40: lea rsi, qword [rip - 0xc]
;;    47: and rsp, -0x10
;;    4b: call qword [r14 + 0x30]
;;    4f: mov eax, ebx
;;    51: mov rsp, qword [r13 + 0x8]
;;    55: ret
;;
;; function 1 (100 bytes, calls [CallReloc { offset: 32, callee: 0 }])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x26
;;    19: mov eax, dword [rbp + 0x10]
;;    1c: mov dword [rsp], eax
;;    1f: call $+0x0
;;    24: mov eax, dword [rsp]
;;    27: mov dword [rbp - 0x10], eax
;;    2a: mov eax, dword [rsp + 0x8]
;;    2e: mov dword [rbp - 0x18], eax
;;    31: mov ebx, dword [rbp - 0x10]
;;    34: sub ebx, dword [rbp - 0x18]
;;    37: mov eax, ebx
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
;; function 0 (124 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x28
;;    20: ldr w16, [x29, #0x10]
;;    24: stur w16, [x29, #-0x10]
;;    28: ldur w16, [x29, #-0x10]
;;    2c: str w16, [x29, #0x10]
;;    30: mov w16, #0x7
;;    34: str w16, [x29, #0x18]
;;    38: mov sp, x29
;;    3c: ldp x29, x30, [sp], #0x10
;;    40: ret
;;    44: mov w0, #0x9
;;    48: b $+0x24
;;    4c: mov w19, w0
;;    50: mov x0, x29
;;    54: adr x1, $-0x8
;;    58: mov x16, sp
;;    5c: and sp, x16, #0xfffffffffffffff0
;;    60: ldr x17, [x28, #0x30]
;;    64: blr x17
;;    68: mov w0, w19
;;    6c: ldr x16, [x26, #0x8]
;;    70: ldr x17, [x16]
;;    74: add sp, x16, #0x10
;;    78: br x17
;;
;; function 1 (144 bytes, calls [CallReloc { offset: 40, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr w16, [x29, #0x10]
;;    24: str w16, [sp]
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
