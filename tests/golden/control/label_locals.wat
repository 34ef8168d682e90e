;; A local set before a br_if stays in its register past the block's end: both edges
;; leave it there, so the reads after the label take the register (no reload).
(module (global $g (mut i32) (i32.const 0)) (func (param i32 i32) (result i32) (local i32)
  (local.set 2 (i32.add (local.get 0) (i32.const 1)))
  (block (br_if 0 (local.get 1)) (global.set $g (i32.mul (local.get 0) (i32.const 3))))
  (i32.add (local.get 2) (local.get 2))))

;; ==== x64 ====
;; function 0 (110 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x30
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: add ebx, 0x1
;;    1f: mov dword [rbp - 0x10], ebx
;;    22: cmp dword [rbp + 0x18], 0x0
;;    26: jnz $+0x10
;;    2c: mov esi, dword [rbp + 0x10]
;;    2f: imul esi, esi, 0x3
;;    36: mov rdi, qword [r14 + 0x50]
;;    3a: mov dword [rdi], esi
;;    3c: mov esi, ebx
;;    3f: add ebx, esi
;;    41: mov eax, ebx
;;    44: mov rsp, rbp
;;    47: pop rbp
;;    48: ret
;;    49: mov eax, 0x9
;;    4e: jmp $+0x16
;;    53: mov ebx, eax
;;    55: mov rdi, rbp
;;    58: lea rsi, qword [rip - 0xc]
;;    5f: and rsp, -0x10
;;    63: call qword [r14 + 0x30]
;;    67: mov eax, ebx
;;    69: mov rsp, qword [r13 + 0x8]
;;    6d: ret

;; ==== aarch64 ====
;; function 0 (152 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x44
;;    20: ldr w0, [x29, #0x10]
;;    24: add w0, w0, #0x1
;;    28: stur w0, [x29, #-0x10]
;;    2c: ldr w16, [x29, #0x18]
;;    30: cbnz w16, $+0x18
;;    34: ldr w1, [x29, #0x10]
;;    38: mov w16, #0x3
;;    3c: mul w1, w1, w16
;;    40: ldr x2, [x28, #0x50]
;;    44: str w1, [x2]
;;    48: mov w1, w0
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
