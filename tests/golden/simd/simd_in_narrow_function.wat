;; Nothing declares a v128: the function starts with 8-byte slots, meets SIMD, and is
;; compiled again with 16-byte ones.
(module
  (memory 1)
  (func (param i32) (result i32)
    local.get 0 local.get 0 v128.load v128.store
    local.get 0))

;; ==== x64 ====
;; function 0 (84 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x30
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x12
;;    1d: movups xmm1, xmmword [r15 + rsi * 1]
;;    22: movups xmmword [r15 + rsi * 1], xmm1
;;    27: mov eax, esi
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
;; function 0 (116 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x30
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x1c
;;    24: ldr q0, [x27, x0]
;;    28: str q0, [x27, x0]
;;    2c: mov w0, w0
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
