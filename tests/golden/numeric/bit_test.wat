;; Bit tests: an `and` read only by `eqz` and `br_if` is one `test`/`tst` and a branch, an
;; `and` read by `select` a `test` and a conditional move, and `eqz` of a comparison its
;; opposite (`lt_s` under `eqz` branches on `ge`).
(module (func (param i32 i32 i64) (result i32)
  (block (br_if 0 (i32.eqz (i32.and (local.get 0) (local.get 1)))) (return (i32.const 1)))
  (block (br_if 0 (i64.eqz (i64.and (local.get 2) (i64.const 0xff00)))) (return (i32.const 2)))
  (block (br_if 0 (i32.eqz (i32.lt_s (local.get 0) (local.get 1)))) (return (i32.const 3)))
  (select (local.get 0) (local.get 1) (i32.and (local.get 1) (i32.const 4)))))

;; ==== x64 ====
;; function 0 (155 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x30
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x5d
;;    19: mov ebx, dword [rbp + 0x10]
;;    1c: test dword [rbp + 0x18], ebx
;;    1f: jz $+0xb
;;    25: mov eax, 0x1
;;    2b: mov rsp, rbp
;;    2e: pop rbp
;;    2f: ret
;;    30: mov rsi, qword [rbp + 0x20]
;;    34: test rsi, 0xff00
;;    3b: jz $+0xb
;;    41: mov eax, 0x2
;;    47: mov rsp, rbp
;;    4a: pop rbp
;;    4b: ret
;;    4c: cmp ebx, dword [rbp + 0x18]
;;    4f: jge $+0xb
;;    55: mov eax, 0x3
;;    5b: mov rsp, rbp
;;    5e: pop rbp
;;    5f: ret
;;    60: mov edi, dword [rbp + 0x18]
;;    63: test edi, 0x4
;;    6a: cmovz ebx, dword [rbp + 0x18]
;;    6e: mov eax, ebx
;;    71: mov rsp, rbp
;;    74: pop rbp
;;    75: ret
;;    76: mov eax, 0x9
;;    7b: jmp $+0x16
;;    80: mov ebx, eax
;;    82: mov rdi, rbp
;;    85: lea rsi, qword [rip - 0xc]
;;    8c: and rsp, -0x10
;;    90: call qword [r14 + 0x30]
;;    94: mov eax, ebx
;;    96: mov rsp, qword [r13 + 0x8]
;;    9a: ret

;; ==== aarch64 ====
;; function 0 (208 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x30
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x7c
;;    20: ldr w0, [x29, #0x10]
;;    24: ldr w16, [x29, #0x18]
;;    28: tst w0, w16
;;    2c: b.eq $+0x14
;;    30: mov w0, #0x1
;;    34: mov sp, x29
;;    38: ldp x29, x30, [sp], #0x10
;;    3c: ret
;;    40: ldr x1, [x29, #0x20]
;;    44: tst x1, #0xff00
;;    48: b.eq $+0x14
;;    4c: mov w0, #0x2
;;    50: mov sp, x29
;;    54: ldp x29, x30, [sp], #0x10
;;    58: ret
;;    5c: ldr w16, [x29, #0x18]
;;    60: cmp w0, w16
;;    64: b.ge $+0x14
;;    68: mov w0, #0x3
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: ldr w2, [x29, #0x18]
;;    7c: tst w2, #0x4
;;    80: ldr w17, [x29, #0x18]
;;    84: csel w0, w0, w17, ne
;;    88: mov w0, w0
;;    8c: mov sp, x29
;;    90: ldp x29, x30, [sp], #0x10
;;    94: ret
;;    98: mov w0, #0x9
;;    9c: b $+0x24
;;    a0: mov w19, w0
;;    a4: mov x0, x29
;;    a8: adr x1, $-0x8
;;    ac: mov x16, sp
;;    b0: and sp, x16, #0xfffffffffffffff0
;;    b4: ldr x17, [x28, #0x30]
;;    b8: blr x17
;;    bc: mov w0, w19
;;    c0: ldr x16, [x26, #0x8]
;;    c4: ldr x17, [x16]
;;    c8: add sp, x16, #0x10
;;    cc: br x17
