;; A comparison of a local still in the frame (left) with a register (right) trades its
;; operands: x86-64 compares the register with the frame slot directly (`cmp r, [m]`, the
;; condition swapped), aarch64 loads the slot into a scratch register as before.
(module (func (param $a i32) (param $b i32) (result i32)
  (block (br_if 0 (i32.lt_u (local.get $a) (i32.mul (local.get $b) (i32.const 3))))
    (return (i32.const 1)))
  (i32.const 2)))

;; ==== x64 ====
;; function 0 (103 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x29
;;    19: mov ebx, dword [rbp + 0x18]
;;    1c: imul ebx, ebx, 0x3
;;    23: cmp ebx, dword [rbp + 0x10]
;;    26: ja $+0xb
;;    2c: mov eax, 0x1
;;    32: mov rsp, rbp
;;    35: pop rbp
;;    36: ret
;;    37: mov eax, 0x2
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
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x3c
;;    20: ldr w0, [x29, #0x18]
;;    24: mov w16, #0x3
;;    28: mul w0, w0, w16
;;    2c: ldr w16, [x29, #0x10]
;;    30: cmp w0, w16
;;    34: b.hi $+0x14
;;    38: mov w0, #0x1
;;    3c: mov sp, x29
;;    40: ldp x29, x30, [sp], #0x10
;;    44: ret
;;    48: mov w0, #0x2
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
