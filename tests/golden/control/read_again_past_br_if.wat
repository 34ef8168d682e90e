;; A local read again just past a `br_if` (musl's `exp` tests a local's exponent bits, then
;; reads the local on the fall-through path): the add works on a copy (`lea`), and the read
;; past the `br_if` takes the local's register, not the slot the branch stored it to.
(module (func (param i32) (result i32) (local i32)
  (block
    (br_if 0 (i32.ge_u
      (i32.add (local.tee 1 (i32.and (local.get 0) (i32.const 2047))) (i32.const -969))
      (i32.const 63)))
    (return (i32.mul (local.get 1) (i32.const 3))))
  (i32.const -1)))

;; ==== x64 ====
;; function 0 (119 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x35
;;    1d: mov dword [rbp + 0x10], esi
;;    20: and esi, 0x7ff
;;    26: lea ebx, dword [rsi - 0x3c9]
;;    2c: mov dword [rbp - 0x10], esi
;;    2f: cmp ebx, 0x3f
;;    32: jnb $+0xf
;;    38: imul esi, esi, 0x3
;;    3f: mov eax, esi
;;    42: mov rsp, rbp
;;    45: pop rbp
;;    46: ret
;;    47: mov eax, -0x1
;;    4d: mov rsp, rbp
;;    50: pop rbp
;;    51: ret
;;    52: mov eax, 0x9
;;    57: jmp $+0x16
;;    5c: mov ebx, eax
;;    5e: mov rdi, rbp
;;    61: lea rsi, qword [rip - 0xc]
;;    68: and rsp, -0x10
;;    6c: call qword [r14 + 0x30]
;;    70: mov eax, ebx
;;    72: mov rsp, qword [r13 + 0x8]
;;    76: ret

;; ==== aarch64 ====
;; function 0 (156 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x44
;;    24: str w0, [x29, #0x10]
;;    28: and w0, w0, #0x7ff
;;    2c: sub w1, w0, #0x3c9
;;    30: stur w0, [x29, #-0x10]
;;    34: cmp w1, #0x3f
;;    38: b.hs $+0x1c
;;    3c: mov w16, #0x3
;;    40: mul w0, w0, w16
;;    44: mov w0, w0
;;    48: mov sp, x29
;;    4c: ldp x29, x30, [sp], #0x10
;;    50: ret
;;    54: mov w0, #0xffffffff
;;    58: mov sp, x29
;;    5c: ldp x29, x30, [sp], #0x10
;;    60: ret
;;    64: mov w0, #0x9
;;    68: b $+0x24
;;    6c: mov w19, w0
;;    70: mov x0, x29
;;    74: adr x1, $-0x8
;;    78: mov x16, sp
;;    7c: and sp, x16, #0xfffffffffffffff0
;;    80: ldr x17, [x28, #0x30]
;;    84: blr x17
;;    88: mov w0, w19
;;    8c: ldr x16, [x26, #0x8]
;;    90: ldr x17, [x16]
;;    94: add sp, x16, #0x10
;;    98: br x17
