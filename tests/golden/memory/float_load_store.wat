;; Float loads and stores.
(module (memory 1) (func (param i32 f32)
  (f32.store offset=4 (local.get 0) (local.get 1))
  (f64.store offset=8 (local.get 0) (f64.promote_f32 (f32.load (local.get 0))))))

;; ==== x64 ====
;; function 0 (107 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x2d
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movss xmm15, dword [rbp + 0x18]
;;    22: movss dword [r15 + rbx * 1 + 0x4], xmm15
;;    29: mov ebx, dword [rbp + 0x10]
;;    2c: movss xmm1, dword [r15 + rbx * 1]
;;    32: cvtss2sd xmm1, xmm1
;;    37: mov ebx, dword [rbp + 0x10]
;;    3a: movsd qword [r15 + rbx * 1 + 0x8], xmm1
;;    41: mov rsp, rbp
;;    44: pop rbp
;;    45: ret
;;    46: mov eax, 0x9
;;    4b: jmp $+0x16
;;    50: mov ebx, eax
;;    52: mov rdi, rbp
;;    55: lea rsi, qword [rip - 0xc]
;;    5c: and rsp, -0x10
;;    60: call qword [r14 + 0x30]
;;    64: mov eax, ebx
;;    66: mov rsp, qword [r13 + 0x8]
;;    6a: ret

;; ==== aarch64 ====
;; function 0 (144 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x38
;;    24: ldr w0, [x29, #0x10]
;;    28: ldr s30, [x29, #0x18]
;;    2c: add x16, x0, #0x4
;;    30: str s30, [x27, x16]
;;    34: ldr w0, [x29, #0x10]
;;    38: ldr s0, [x27, x0]
;;    3c: fcvt d0, s0
;;    40: ldr w0, [x29, #0x10]
;;    44: add x16, x0, #0x8
;;    48: str d0, [x27, x16]
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
