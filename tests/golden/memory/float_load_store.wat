;; Float loads and stores.
(module (memory 1) (func (param i32 f32)
  (f32.store offset=4 (local.get 0) (local.get 1))
  (f64.store offset=8 (local.get 0) (f64.promote_f32 (f32.load (local.get 0))))))

;; ==== x64 ====
;; function 0 (105 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: movss xmm1, dword [rsp + 0x10]
;;     a: push rbp
;;     b: mov rbp, rsp
;;     e: sub rsp, 0x20
;;    15: mov qword [rbp - 0x8], r14
;;    19: cmp rsp, qword [r13]
;;    1d: jb $+0x21
;;    23: movss dword [r15 + rsi * 1 + 0x4], xmm1
;;    2a: mov ebx, esi
;;    2d: movss xmm2, dword [r15 + rbx * 1]
;;    33: cvtss2sd xmm2, xmm2
;;    38: movsd qword [r15 + rsi * 1 + 0x8], xmm2
;;    3f: mov rsp, rbp
;;    42: pop rbp
;;    43: ret
;;    44: mov eax, 0x9
;;    49: jmp $+0x16
;;    4e: mov ebx, eax
;;    50: mov rdi, rbp
;;    53: lea rsi, qword [rip - 0xc]
;;    5a: and rsp, -0x10
;;    5e: call qword [r14 + 0x30]
;;    62: mov eax, ebx
;;    64: mov rsp, qword [r13 + 0x8]
;;    68: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr s0, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x2c
;;    28: add x16, x0, #0x4
;;    2c: str s0, [x27, x16]
;;    30: mov w1, w0
;;    34: ldr s1, [x27, x1]
;;    38: fcvt d1, s1
;;    3c: add x16, x0, #0x8
;;    40: str d1, [x27, x16]
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
