;; A static offset of 2 GiB and more does not fit a signed 32-bit displacement.
(module (memory 1) (func (param i32) (result i32)
  (i32.add (i32.load offset=0x7fffffff (local.get 0)) (i32.load offset=0xfffffff0 (local.get 0)))))

;; ==== x64 ====
;; function 0 (95 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x21
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov esi, dword [r15 + rbx * 1 + 0x7fffffff]
;;    24: mov eax, -0x10
;;    29: add rax, rbx
;;    2c: mov ebx, dword [r15 + rax * 1]
;;    30: add esi, ebx
;;    32: mov eax, esi
;;    35: mov rsp, rbp
;;    38: pop rbp
;;    39: ret
;;    3a: mov eax, 0x9
;;    3f: jmp $+0x16
;;    44: mov ebx, eax
;;    46: mov rdi, rbp
;;    49: lea rsi, qword [rip - 0xc]
;;    50: and rsp, -0x10
;;    54: call qword [r14 + 0x30]
;;    58: mov eax, ebx
;;    5a: mov rsp, qword [r13 + 0x8]
;;    5e: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr w0, [x29, #0x10]
;;    24: mov x16, #0xffff
;;    28: movk x16, #0x7fff, lsl #16
;;    2c: add x16, x16, x0
;;    30: ldr w1, [x27, x16]
;;    34: mov x16, #0xfff0
;;    38: movk x16, #0xffff, lsl #16
;;    3c: add x16, x16, x0
;;    40: ldr w0, [x27, x16]
;;    44: add w1, w1, w0
;;    48: mov w0, w1
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
