;; Signed i32 -> f32.
(module (func (param i32) (result f32) (f32.convert_i32_s (local.get 0))))

;; ==== x64 ====
;; function 0 (84 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x10
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x12
;;    1d: xorps xmm1, xmm1
;;    21: cvtsi2ss xmm1, esi
;;    26: movaps xmm0, xmm1
;;    2a: mov rsp, rbp
;;    2d: pop rbp
;;    2e: ret
;;    2f: mov eax, 0x9
;;    34: jmp $+0x16
;;    39: mov ebx, eax
;;    3b: mov rdi, rbp
;;    3e: lea rsi, qword [rip - 0xc]
;;    45: and rsp, -0x10
;;    49: call qword [r14 + 0x30]
;;    4d: mov eax, ebx
;;    4f: mov rsp, qword [r13 + 0x8]
;;    53: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x14
;;    24: scvtf s0, w0
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w0, #0x9
;;    38: b $+0x24
;;    3c: mov w19, w0
;;    40: mov x0, x29
;;    44: adr x1, $-0x8
;;    48: mov x16, sp
;;    4c: and sp, x16, #0xfffffffffffffff0
;;    50: ldr x17, [x28, #0x30]
;;    54: blr x17
;;    58: mov w0, w19
;;    5c: ldr x16, [x26, #0x8]
;;    60: ldr x17, [x16]
;;    64: add sp, x16, #0x10
;;    68: br x17
