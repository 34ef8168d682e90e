;; A local set before a br_if stays in its register past the block's end: both edges
;; leave it there, so the reads after the label take the register (no reload).
(module (global $g (mut i32) (i32.const 0)) (func (param i32 i32) (result i32) (local i32)
  (local.set 2 (i32.add (local.get 0) (i32.const 1)))
  (block (br_if 0 (local.get 1)) (global.set $g (i32.mul (local.get 0) (i32.const 3))))
  (i32.add (local.get 2) (local.get 2))))

;; ==== x64 ====
;; function 0 (118 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x30
;;    21: mov dword [rbp + 0x10], esi
;;    24: add esi, 0x1
;;    27: mov dword [rbp - 0x10], esi
;;    2a: mov dword [rbp + 0x18], edi
;;    2d: test edi, edi
;;    2f: jnz $+0x11
;;    35: mov ebx, dword [rbp + 0x10]
;;    38: imul ebx, ebx, 0x3
;;    3f: mov r8, qword [r14 + 0x50]
;;    43: mov dword [r8], ebx
;;    46: lea ebx, dword [rsi + rsi * 1]
;;    49: mov eax, ebx
;;    4c: mov rsp, rbp
;;    4f: pop rbp
;;    50: ret
;;    51: mov eax, 0x9
;;    56: jmp $+0x16
;;    5b: mov ebx, eax
;;    5d: mov rdi, rbp
;;    60: lea rsi, qword [rip - 0xc]
;;    67: and rsp, -0x10
;;    6b: call qword [r14 + 0x30]
;;    6f: mov eax, ebx
;;    71: mov rsp, qword [r13 + 0x8]
;;    75: ret

;; ==== aarch64 ====
;; function 0 (156 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x40
;;    28: str w0, [x29, #0x10]
;;    2c: add w0, w0, #0x1
;;    30: stur w0, [x29, #-0x10]
;;    34: str w1, [x29, #0x18]
;;    38: cbnz w1, $+0x18
;;    3c: ldr w2, [x29, #0x10]
;;    40: mov w16, #0x3
;;    44: mul w2, w2, w16
;;    48: ldr x3, [x28, #0x50]
;;    4c: str w2, [x3]
;;    50: add w2, w0, w0
;;    54: mov w0, w2
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
