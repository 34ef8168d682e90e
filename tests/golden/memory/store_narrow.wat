;; Narrow stores of registers and constants.
(module (memory 1) (func (param i32 i64)
  (i32.store8 (local.get 0) (i32.const 0x1ff))
  (i32.store16 offset=2 (local.get 0) (i32.wrap_i64 (local.get 1)))
  (i64.store32 offset=4 (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (98 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x24
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: mov ecx, 0x1ff
;;    22: mov byte [r15 + rbx * 1], cl
;;    26: mov esi, dword [rbp + 0x18]
;;    29: mov word [r15 + rbx * 1 + 0x2], si
;;    2f: mov rcx, qword [rbp + 0x18]
;;    33: mov dword [r15 + rbx * 1 + 0x4], ecx
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
;; function 0 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x34
;;    20: ldr w0, [x29, #0x10]
;;    24: mov w17, #0x1ff
;;    28: strb w17, [x27, x0]
;;    2c: ldr w1, [x29, #0x18]
;;    30: add x16, x0, #0x2
;;    34: strh w1, [x27, x16]
;;    38: ldr x17, [x29, #0x18]
;;    3c: add x16, x0, #0x4
;;    40: str w17, [x27, x16]
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
