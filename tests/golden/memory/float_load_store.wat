;; Float loads and stores.
(module (memory 1) (func (param i32 f32)
  (f32.store offset=4 (local.get 0) (local.get 1))
  (f64.store offset=8 (local.get 0) (f64.promote_f32 (f32.load (local.get 0))))))

;; ==== x64 ====
;; function 0 (102 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: movss xmm1, dword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x20
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0x1e
;;    23: movss dword [r15 + rsi * 1 + 0x4], xmm1
;;    2a: movss xmm2, dword [r15 + rsi * 1]
;;    30: cvtss2sd xmm2, xmm2
;;    35: movsd qword [r15 + rsi * 1 + 0x8], xmm2
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
;; function 0 (132 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr s0, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x28
;;    28: add x16, x0, #0x4
;;    2c: str s0, [x27, x16]
;;    30: ldr s1, [x27, x0]
;;    34: fcvt d1, s1
;;    38: add x16, x0, #0x8
;;    3c: str d1, [x27, x16]
;;    40: mov sp, x29
;;    44: ldp x29, x30, [sp], #0x10
;;    48: ret
;;    4c: mov w0, #0x9
;;    50: b $+0x24
;;    54: mov w19, w0
;;    58: mov x0, x29
;;    5c: adr x1, $-0x8
;;    60: mov x16, sp
;;    64: and sp, x16, #0xfffffffffffffff0
;;    68: ldr x17, [x28, #0x30]
;;    6c: blr x17
;;    70: mov w0, w19
;;    74: ldr x16, [x26, #0x8]
;;    78: ldr x17, [x16]
;;    7c: add sp, x16, #0x10
;;    80: br x17
