;; Immediates that need the `lsl #12` form on aarch64 (add, sub, compare, address).
(module (memory 1) (func (param i32 i64) (result i32)
  (i64.store (i32.const 0) (i64.sub (local.get 1) (i64.const 0x3000)))
  (if (i32.lt_u (local.get 0) (i32.const 0x5000)) (then (local.set 0 (i32.const -0x7f000))))
  (i32.add (i32.load offset=0x2000 (local.get 0)) (i32.const 0x7f000))))

;; ==== x64 ====
;; function 0 (123 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x3d
;;    19: mov rbx, qword [rbp + 0x18]
;;    1d: sub rbx, 0x3000
;;    24: mov qword [r15], rbx
;;    27: mov ebx, dword [rbp + 0x10]
;;    2a: cmp ebx, 0x5000
;;    30: jnb $+0x7
;;    36: mov dword [rbp + 0x10], -0x7f000
;;    3d: mov ebx, dword [rbp + 0x10]
;;    40: mov ebx, dword [r15 + rbx * 1 + 0x2000]
;;    48: add ebx, 0x7f000
;;    4e: mov eax, ebx
;;    51: mov rsp, rbp
;;    54: pop rbp
;;    55: ret
;;    56: mov eax, 0x9
;;    5b: jmp $+0x16
;;    60: mov ebx, eax
;;    62: mov rdi, rbp
;;    65: lea rsi, qword [rip - 0xc]
;;    6c: and rsp, -0x10
;;    70: call qword [r14 + 0x30]
;;    74: mov eax, ebx
;;    76: mov rsp, qword [r13 + 0x8]
;;    7a: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x4c
;;    24: ldr x0, [x29, #0x18]
;;    28: sub x0, x0, #0x3, lsl #12
;;    2c: mov x16, #0x0
;;    30: str x0, [x27, x16]
;;    34: ldr w0, [x29, #0x10]
;;    38: cmp w0, #0x5, lsl #12
;;    3c: b.hs $+0x10
;;    40: mov w16, #0x1000
;;    44: movk w16, #0xfff8, lsl #16
;;    48: str w16, [x29, #0x10]
;;    4c: ldr w0, [x29, #0x10]
;;    50: add x16, x0, #0x2, lsl #12
;;    54: ldr w0, [x27, x16]
;;    58: add w0, w0, #0x7f, lsl #12
;;    5c: mov w0, w0
;;    60: mov sp, x29
;;    64: ldp x29, x30, [sp], #0x10
;;    68: ret
;;    6c: mov w0, #0x9
;;    70: b $+0x24
;;    74: mov w19, w0
;;    78: mov x0, x29
;;    7c: adr x1, $-0x8
;;    80: mov x16, sp
;;    84: and sp, x16, #0xfffffffffffffff0
;;    88: ldr x17, [x28, #0x30]
;;    8c: blr x17
;;    90: mov w0, w19
;;    94: ldr x16, [x26, #0x8]
;;    98: ldr x17, [x16]
;;    9c: add sp, x16, #0x10
;;    a0: br x17
