;; A static offset of 2 GiB and more does not fit a signed 32-bit displacement.
(module (memory 1) (func (param i32) (result i32)
  (i32.add (i32.load offset=0x7fffffff (local.get 0)) (i32.load offset=0xfffffff0 (local.get 0)))))

;; ==== x64 ====
;; function 0 (96 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x1e
;;    1d: mov ebx, dword [r15 + rsi * 1 + 0x7fffffff]
;;    25: mov eax, -0x10
;;    2a: add rax, rsi
;;    2d: mov esi, dword [r15 + rax * 1]
;;    31: add ebx, esi
;;    33: mov eax, ebx
;;    36: mov rsp, rbp
;;    39: pop rbp
;;    3a: ret
;;    3b: mov eax, 0x9
;;    40: jmp $+0x16
;;    45: mov ebx, eax
;;    47: mov rdi, rbp
;;    4a: lea rsi, qword [rip - 0xc]
;;    51: and rsp, -0x10
;;    55: call qword [r14 + 0x30]
;;    59: mov eax, ebx
;;    5b: mov rsp, qword [r13 + 0x8]
;;    5f: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x38
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
