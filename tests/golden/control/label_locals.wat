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
;; function 0 (156 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x44
;;    24: ldr w0, [x29, #0x10]
;;    28: add w0, w0, #0x1
;;    2c: stur w0, [x29, #-0x10]
;;    30: ldr w16, [x29, #0x18]
;;    34: cbnz w16, $+0x18
;;    38: ldr w1, [x29, #0x10]
;;    3c: mov w16, #0x3
;;    40: mul w1, w1, w16
;;    44: ldr x2, [x28, #0x50]
;;    48: str w1, [x2]
;;    4c: mov w1, w0
;;    50: add w0, w0, w1
;;    54: mov w0, w0
;;    58: mov sp, x29
;;    5c: ldp x29, x30, [sp], #0x10
;;    60: ret
;;    64: mov w0, #0x9
;;    68: b $+0x24
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
