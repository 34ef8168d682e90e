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
;; function 0 (140 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x34
;;    24: ldr w0, [x29, #0x10]
;;    28: ldr s30, [x29, #0x18]
;;    2c: add x16, x0, #0x4
;;    30: str s30, [x27, x16]
;;    34: mov w1, w0
;;    38: ldr s0, [x27, x1]
;;    3c: fcvt d0, s0
;;    40: add x16, x0, #0x8
;;    44: str d0, [x27, x16]
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
