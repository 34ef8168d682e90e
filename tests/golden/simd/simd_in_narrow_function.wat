;; Nothing declares a v128: the function starts with 8-byte slots, meets SIMD, and is
;; compiled again with 16-byte ones.
(module
  (memory 1)
  (func (param i32) (result i32)
    local.get 0 local.get 0 v128.load v128.store
    local.get 0))

;; ==== x64 ====
;; function 0 (87 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x30
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x15
;;    1d: mov ebx, esi
;;    20: movups xmm1, xmmword [r15 + rbx * 1]
;;    25: movups xmmword [r15 + rsi * 1], xmm1
;;    2a: mov eax, esi
;;    2d: mov rsp, rbp
;;    30: pop rbp
;;    31: ret
;;    32: mov eax, 0x9
;;    37: jmp $+0x16
;;    3c: mov ebx, eax
;;    3e: mov rdi, rbp
;;    41: lea rsi, qword [rip - 0xc]
;;    48: and rsp, -0x10
;;    4c: call qword [r14 + 0x30]
;;    50: mov eax, ebx
;;    52: mov rsp, qword [r13 + 0x8]
;;    56: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x30
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x20
;;    24: mov w1, w0
;;    28: ldr q0, [x27, x1]
;;    2c: str q0, [x27, x0]
;;    30: mov w0, w0
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: mov w0, #0x9
;;    44: b $+0x24
;;    48: mov w19, w0
;;    4c: mov x0, x29
;;    50: adr x1, $-0x8
;;    54: mov x16, sp
;;    58: and sp, x16, #0xfffffffffffffff0
;;    5c: ldr x17, [x28, #0x30]
;;    60: blr x17
;;    64: mov w0, w19
;;    68: ldr x16, [x26, #0x8]
;;    6c: ldr x17, [x16]
;;    70: add sp, x16, #0x10
;;    74: br x17
