;; v128.load and v128.store: 16-byte unaligned accesses through the heap base (movups,
;; ldr/str q), with a static offset.
(module
  (memory 1)
  (func (param i32 i32)
    local.get 1 local.get 0 v128.load offset=16 v128.store))

;; ==== x64 ====
;; function 0 (84 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x16
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: movups xmm1, xmmword [r15 + rbx * 1 + 0x10]
;;    22: mov esi, dword [rbp + 0x18]
;;    25: movups xmmword [r15 + rsi * 1], xmm1
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
;; function 0 (120 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x24
;;    20: ldr w0, [x29, #0x10]
;;    24: add x16, x0, #0x10
;;    28: ldr q0, [x27, x16]
;;    2c: ldr w1, [x29, #0x18]
;;    30: str q0, [x27, x1]
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
