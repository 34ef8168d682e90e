;; Float loads and stores.
(module (memory 1) (func (param i32 f32)
  (f32.store offset=4 (local.get 0) (local.get 1))
  (f64.store offset=8 (local.get 0) (f64.promote_f32 (f32.load (local.get 0))))))

;; ==== x64 ====
;; function 0 (104 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2a
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movss xmm15, dword [rbp + 0x18]
;;    22: movss dword [r15 + rbx * 1 + 0x4], xmm15
;;    29: mov esi, ebx
;;    2c: movss xmm1, dword [r15 + rsi * 1]
;;    32: cvtss2sd xmm1, xmm1
;;    37: movsd qword [r15 + rbx * 1 + 0x8], xmm1
;;    3e: mov rsp, rbp
;;    41: pop rbp
;;    42: ret
;;    43: mov eax, 0x9
;;    48: jmp $+0x16
;;    4d: mov ebx, eax
;;    4f: mov rdi, rbp
;;    52: lea rsi, qword [rip - 0xc]
;;    59: and rsp, -0x10
;;    5d: call qword [r14 + 0x30]
;;    61: mov eax, ebx
;;    63: mov rsp, qword [r13 + 0x8]
;;    67: ret

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
;;    24: ldr s30, [x29, #0x18]
;;    28: add x16, x0, #0x4
;;    2c: str s30, [x27, x16]
;;    30: mov w1, w0
;;    34: ldr s0, [x27, x1]
;;    38: fcvt d0, s0
;;    3c: add x16, x0, #0x8
;;    40: str d0, [x27, x16]
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
