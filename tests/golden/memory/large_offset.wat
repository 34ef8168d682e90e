;; A static offset of 2 GiB and more does not fit a signed 32-bit displacement.
(module (memory 1) (func (param i32) (result i32)
  (i32.add (i32.load offset=0x7fffffff (local.get 0)) (i32.load offset=0xfffffff0 (local.get 0)))))

;; ==== x64 ====
;; function 0 (98 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x24
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov ebx, dword [r15 + rbx * 1 + 0x7fffffff]
;;    24: mov esi, dword [rbp + 0x10]
;;    27: mov eax, -0x10
;;    2c: add rax, rsi
;;    2f: mov esi, dword [r15 + rax * 1]
;;    33: add ebx, esi
;;    35: mov eax, ebx
;;    38: mov rsp, rbp
;;    3b: pop rbp
;;    3c: ret
;;    3d: mov eax, 0x9
;;    42: jmp $+0x16
;;    47: mov ebx, eax
;;    49: mov rdi, rbp
;;    4c: lea rsi, qword [rip - 0xc]
;;    53: and rsp, -0x10
;;    57: call qword [r14 + 0x30]
;;    5b: mov eax, ebx
;;    5d: mov rsp, qword [r13 + 0x8]
;;    61: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x40
;;    24: ldr w0, [x29, #0x10]
;;    28: mov x16, #0xffff
;;    2c: movk x16, #0x7fff, lsl #16
;;    30: add x16, x16, x0
;;    34: ldr w0, [x27, x16]
;;    38: ldr w1, [x29, #0x10]
;;    3c: mov x16, #0xfff0
;;    40: movk x16, #0xffff, lsl #16
;;    44: add x16, x16, x1
;;    48: ldr w1, [x27, x16]
;;    4c: add w0, w0, w1
;;    50: mov w0, w0
;;    54: mov sp, x29
;;    58: ldp x29, x30, [sp], #0x10
;;    5c: ret
;;    60: mov w0, #0x9
;;    64: b $+0x24
;;    68: mov w19, w0
;;    6c: mov x0, x29
;;    70: adr x1, $-0x8
;;    74: mov x16, sp
;;    78: and sp, x16, #0xfffffffffffffff0
;;    7c: ldr x17, [x28, #0x30]
;;    80: blr x17
;;    84: mov w0, w19
;;    88: ldr x16, [x26, #0x8]
;;    8c: ldr x17, [x16]
;;    90: add sp, x16, #0x10
;;    94: br x17
