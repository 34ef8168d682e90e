;; A comparison of a local still in the frame (left) with a register (right) trades its
;; operands: x86-64 compares the register with the frame slot directly (`cmp r, [m]`, the
;; condition swapped), aarch64 loads the slot into a scratch register as before.
(module (func (param $a i32) (param $b i32) (result i32)
  (block (br_if 0 (i32.lt_u (local.get $a) (i32.mul (local.get $b) (i32.const 3))))
    (return (i32.const 1)))
  (i32.const 2)))

;; ==== x64 ====
;; function 0 (113 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x2b
;;    21: mov dword [rbp + 0x10], esi
;;    24: mov dword [rbp + 0x18], edi
;;    27: imul edi, edi, 0x3
;;    2e: cmp esi, edi
;;    30: jb $+0xb
;;    36: mov eax, 0x1
;;    3c: mov rsp, rbp
;;    3f: pop rbp
;;    40: ret
;;    41: mov eax, 0x2
;;    47: mov rsp, rbp
;;    4a: pop rbp
;;    4b: ret
;;    4c: mov eax, 0x9
;;    51: jmp $+0x16
;;    56: mov ebx, eax
;;    58: mov rdi, rbp
;;    5b: lea rsi, qword [rip - 0xc]
;;    62: and rsp, -0x10
;;    66: call qword [r14 + 0x30]
;;    6a: mov eax, ebx
;;    6c: mov rsp, qword [r13 + 0x8]
;;    70: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x3c
;;    28: str w0, [x29, #0x10]
;;    2c: str w1, [x29, #0x18]
;;    30: mov w16, #0x3
;;    34: mul w1, w1, w16
;;    38: cmp w0, w1
;;    3c: b.lo $+0x14
;;    40: mov w0, #0x1
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x2
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
