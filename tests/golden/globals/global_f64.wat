;; A float global.
(module (global $g (mut f64) (f64.const 1))
  (func (param f64) (result f64) (global.set $g (f64.mul (global.get $g) (local.get 0))) (global.get $g)))

;; ==== x64 ====
;; function 0 (105 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x20
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x25
;;    1f: mov rbx, qword [r14 + 0x50]
;;    23: movsd xmm2, qword [rbx]
;;    27: vmulsd xmm2, xmm2, xmm1
;;    2b: mov rbx, qword [r14 + 0x50]
;;    2f: movsd qword [rbx], xmm2
;;    33: mov rbx, qword [r14 + 0x50]
;;    37: movsd xmm2, qword [rbx]
;;    3b: movaps xmm0, xmm2
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

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (105 bytes, calls [])
;;     0: movsd xmm1, qword [rsp + 0x8]
;;     6: push rbp
;;     7: mov rbp, rsp
;;     a: sub rsp, 0x20
;;    11: mov qword [rbp - 0x8], r14
;;    15: cmp rsp, qword [r13]
;;    19: jb $+0x25
;;    1f: mov rbx, qword [r14 + 0x50]
;;    23: movsd xmm2, qword [rbx]
;;    27: mulsd xmm2, xmm1
;;    2b: mov rbx, qword [r14 + 0x50]
;;    2f: movsd qword [rbx], xmm2
;;    33: mov rbx, qword [r14 + 0x50]
;;    37: movsd xmm2, qword [rbx]
;;    3b: movaps xmm0, xmm2
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
;;     0: ldr d0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x30
;;    24: ldr x0, [x28, #0x50]
;;    28: ldr d1, [x0]
;;    2c: fmul d1, d1, d0
;;    30: ldr x0, [x28, #0x50]
;;    34: str d1, [x0]
;;    38: ldr x0, [x28, #0x50]
;;    3c: ldr d1, [x0]
;;    40: fmov d0, d1
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
