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
;; function 0 (128 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x28
;;    24: ldr w16, [x29, #0x10]
;;    28: stur w16, [x29, #-0x10]
;;    2c: ldur w16, [x29, #-0x10]
;;    30: str w16, [x29, #0x10]
;;    34: mov w16, #0x7
;;    38: str w16, [x29, #0x18]
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x9
;;    4c: b $+0x24
;;    50: mov w19, w0
;;    54: mov x0, x29
;;    58: adr x1, $-0x8
;;    5c: mov x16, sp
;;    60: and sp, x16, #0xfffffffffffffff0
;;    64: ldr x17, [x28, #0x30]
;;    68: blr x17
;;    6c: mov w0, w19
;;    70: ldr x16, [x26, #0x8]
;;    74: ldr x17, [x16]
;;    78: add sp, x16, #0x10
;;    7c: br x17
;;
;; function 1 (148 bytes, calls [CallReloc { offset: 44, callee: 0 }])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x3c
;;    24: ldr w16, [x29, #0x10]
;;    28: str w16, [sp]
;;    2c: bl $+0x0
;;    30: ldr w16, [sp]
;;    34: stur w16, [x29, #-0x10]
;;    38: ldr w16, [sp, #0x8]
;;    3c: stur w16, [x29, #-0x18]
;;    40: ldur w0, [x29, #-0x10]
;;    44: ldur w16, [x29, #-0x18]
;;    48: sub w0, w0, w16
;;    4c: mov w0, w0
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: mov w0, #0x9
;;    60: b $+0x24
;;    64: mov w19, w0
;;    68: mov x0, x29
;;    6c: adr x1, $-0x8
;;    70: mov x16, sp
;;    74: and sp, x16, #0xfffffffffffffff0
;;    78: ldr x17, [x28, #0x30]
;;    7c: blr x17
;;    80: mov w0, w19
;;    84: ldr x16, [x26, #0x8]
;;    88: ldr x17, [x16]
;;    8c: add sp, x16, #0x10
;;    90: br x17
