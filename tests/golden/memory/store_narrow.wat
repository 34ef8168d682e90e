;; Narrow stores of registers and constants.
(module (memory 1) (func (param i32 i64)
  (i32.store8 (local.get 0) (i32.const 0x1ff))
  (i32.store16 offset=2 (local.get 0) (i32.wrap_i64 (local.get 1)))
  (i64.store32 offset=4 (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (108 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2e
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov ecx, 0x1ff
;;    22: mov byte [r15 + rbx * 1], cl
;;    26: mov rbx, qword [rbp + 0x18]
;;    2a: mov ebx, ebx
;;    2d: mov esi, dword [rbp + 0x10]
;;    30: mov word [r15 + rsi * 1 + 0x2], bx
;;    36: mov ebx, dword [rbp + 0x10]
;;    39: mov rcx, qword [rbp + 0x18]
;;    3d: mov dword [r15 + rbx * 1 + 0x4], ecx
;;    42: mov rsp, rbp
;;    45: pop rbp
;;    46: ret
;;    47: mov eax, 0x9
;;    4c: jmp $+0x16
;;    51: mov ebx, eax
;;    53: mov rdi, rbp
;;    56: lea rsi, qword [rip - 0xc]
;;    5d: and rsp, -0x10
;;    61: call qword [r14 + 0x30]
;;    65: mov eax, ebx
;;    67: mov rsp, qword [r13 + 0x8]
;;    6b: ret

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
;;    28: mov w17, #0x1ff
;;    2c: strb w17, [x27, x0]
;;    30: ldr x0, [x29, #0x18]
;;    34: mov w0, w0
;;    38: ldr w1, [x29, #0x10]
;;    3c: add x16, x1, #0x2
;;    40: strh w0, [x27, x16]
;;    44: ldr w0, [x29, #0x10]
;;    48: ldr x17, [x29, #0x18]
;;    4c: add x16, x0, #0x4
;;    50: str w17, [x27, x16]
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
