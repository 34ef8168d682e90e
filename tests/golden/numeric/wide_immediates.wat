;; Immediates that need the `lsl #12` form on aarch64 (add, sub, compare, address).
(module (memory 1) (func (param i32 i64) (result i32)
  (i64.store (i32.const 0) (i64.sub (local.get 1) (i64.const 0x3000)))
  (if (i32.lt_u (local.get 0) (i32.const 0x5000)) (then (local.set 0 (i32.const -0x7f000))))
  (i32.add (i32.load offset=0x2000 (local.get 0)) (i32.const 0x7f000))))

;; ==== x64 ====
;; function 0 (132 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov rdi, qword [rsp + 0x10]
;;     9: push rbp
;;     a: mov rbp, rsp
;;     d: sub rsp, 0x20
;;    14: mov qword [rbp - 0x8], r14
;;    18: cmp rsp, qword [r13]
;;    1c: jb $+0x3d
;;    22: mov qword [rbp + 0x18], rdi
;;    26: sub rdi, 0x3000
;;    2d: mov qword [r15], rdi
;;    30: mov dword [rbp + 0x10], esi
;;    33: cmp esi, 0x5000
;;    39: jnb $+0x7
;;    3f: mov dword [rbp + 0x10], -0x7f000
;;    46: mov ebx, dword [rbp + 0x10]
;;    49: mov ebx, dword [r15 + rbx * 1 + 0x2000]
;;    51: add ebx, 0x7f000
;;    57: mov eax, ebx
;;    5a: mov rsp, rbp
;;    5d: pop rbp
;;    5e: ret
;;    5f: mov eax, 0x9
;;    64: jmp $+0x16
;;    69: mov ebx, eax
;;    6b: mov rdi, rbp
;;    6e: lea rsi, qword [rip - 0xc]
;;    75: and rsp, -0x10
;;    79: call qword [r14 + 0x30]
;;    7d: mov eax, ebx
;;    7f: mov rsp, qword [r13 + 0x8]
;;    83: ret

;; ==== aarch64 ====
;; function 0 (168 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr x1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x4c
;;    28: str x1, [x29, #0x18]
;;    2c: sub x1, x1, #0x3, lsl #12
;;    30: mov x16, #0x0
;;    34: str x1, [x27, x16]
;;    38: str w0, [x29, #0x10]
;;    3c: cmp w0, #0x5, lsl #12
;;    40: b.hs $+0x10
;;    44: mov w16, #0x1000
;;    48: movk w16, #0xfff8, lsl #16
;;    4c: str w16, [x29, #0x10]
;;    50: ldr w0, [x29, #0x10]
;;    54: add x16, x0, #0x2, lsl #12
;;    58: ldr w0, [x27, x16]
;;    5c: add w0, w0, #0x7f, lsl #12
;;    60: mov w0, w0
;;    64: mov sp, x29
;;    68: ldp x29, x30, [sp], #0x10
;;    6c: ret
;;    70: mov w0, #0x9
;;    74: b $+0x24
;;    78: mov w19, w0
;;    7c: mov x0, x29
;;    80: adr x1, $-0x8
;;    84: mov x16, sp
;;    88: and sp, x16, #0xfffffffffffffff0
;;    8c: ldr x17, [x28, #0x30]
;;    90: blr x17
;;    94: mov w0, w19
;;    98: ldr x16, [x26, #0x8]
;;    9c: ldr x17, [x16]
;;    a0: add sp, x16, #0x10
;;    a4: br x17
