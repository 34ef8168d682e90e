;; Narrow stores of registers and constants.
(module (memory 1) (func (param i32 i64)
  (i32.store8 (local.get 0) (i32.const 0x1ff))
  (i32.store16 offset=2 (local.get 0) (i32.wrap_i64 (local.get 1)))
  (i64.store32 offset=4 (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (102 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x28
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov ecx, 0x1ff
;;    22: mov byte [r15 + rbx * 1], cl
;;    26: mov rsi, qword [rbp + 0x18]
;;    2a: mov esi, esi
;;    2d: mov word [r15 + rbx * 1 + 0x2], si
;;    33: mov rcx, qword [rbp + 0x18]
;;    37: mov dword [r15 + rbx * 1 + 0x4], ecx
;;    3c: mov rsp, rbp
;;    3f: pop rbp
;;    40: ret
;;    41: mov eax, 0x9
;;    46: jmp $+0x16
;;    4b: mov ebx, eax
;;    4d: mov rdi, rbp
;;    50: lea rsi, qword [rip - 0xc]
;;    57: and rsp, -0x10
;;    5b: call qword [r14 + 0x30]
;;    5f: mov eax, ebx
;;    61: mov rsp, qword [r13 + 0x8]
;;    65: ret

;; ==== aarch64 ====
;; function 0 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x38
;;    20: ldr w0, [x29, #0x10]
;;    24: mov w17, #0x1ff
;;    28: strb w17, [x27, x0]
;;    2c: ldr x1, [x29, #0x18]
;;    30: mov w1, w1
;;    34: add x16, x0, #0x2
;;    38: strh w1, [x27, x16]
;;    3c: ldr x17, [x29, #0x18]
;;    40: add x16, x0, #0x4
;;    44: str w17, [x27, x16]
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0x9
;;    58: b $+0x24
;;    5c: mov w19, w0
;;    60: mov x0, x29
;;    64: adr x1, $-0x8
;;    68: mov x16, sp
;;    6c: and sp, x16, #0xfffffffffffffff0
;;    70: ldr x17, [x28, #0x30]
;;    74: blr x17
;;    78: mov w0, w19
;;    7c: ldr x16, [x26, #0x8]
;;    80: ldr x17, [x16]
;;    84: add sp, x16, #0x10
;;    88: br x17
