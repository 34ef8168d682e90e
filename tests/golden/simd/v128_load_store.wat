;; v128.load and v128.store: 16-byte unaligned accesses through the heap base (movups,
;; ldr/str q), with a static offset.
(module
  (memory 1)
  (func (param i32 i32)
    local.get 1 local.get 0 v128.load offset=16 v128.store))

;; ==== x64 ====
;; function 0 (86 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x30
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x10
;;    21: movups xmm1, xmmword [r15 + rsi * 1 + 0x10]
;;    27: movups xmmword [r15 + rdi * 1], xmm1
;;    2c: mov rsp, rbp
;;    2f: pop rbp
;;    30: ret
;;    31: mov eax, 0x9
;;    36: jmp $+0x16
;;    3b: mov ebx, eax
;;    3d: mov rdi, rbp
;;    40: lea rsi, qword [rip - 0xc]
;;    47: and rsp, -0x10
;;    4b: call qword [r14 + 0x30]
;;    4f: mov eax, ebx
;;    51: mov rsp, qword [r13 + 0x8]
;;    55: ret

;; ==== aarch64 ====
;; function 0 (120 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x30
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x1c
;;    28: add x16, x0, #0x10
;;    2c: ldr q0, [x27, x16]
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
