;; Bit tests: an `and` read only by `eqz` and `br_if` is one `test`/`tst` and a branch, an
;; `and` read by `select` a `test` and a conditional move, and `eqz` of a comparison its
;; opposite (`lt_s` under `eqz` branches on `ge`).
(module (func (param i32 i32 i64) (result i32)
  (block (br_if 0 (i32.eqz (i32.and (local.get 0) (local.get 1)))) (return (i32.const 1)))
  (block (br_if 0 (i64.eqz (i64.and (local.get 2) (i64.const 0xff00)))) (return (i32.const 2)))
  (block (br_if 0 (i32.eqz (i32.lt_s (local.get 0) (local.get 1)))) (return (i32.const 3)))
  (select (local.get 0) (local.get 1) (i32.and (local.get 1) (i32.const 4)))))

;; ==== x64 ====
;; function 0 (165 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8, qword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x30
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0x5a
;;    26: mov dword [rbp + 0x10], esi
;;    29: mov dword [rbp + 0x18], edi
;;    2c: mov qword [rbp + 0x20], r8
;;    30: test esi, edi
;;    32: jz $+0xb
;;    38: mov eax, 0x1
;;    3e: mov rsp, rbp
;;    41: pop rbp
;;    42: ret
;;    43: test r8, 0xff00
;;    4a: jz $+0xb
;;    50: mov eax, 0x2
;;    56: mov rsp, rbp
;;    59: pop rbp
;;    5a: ret
;;    5b: cmp esi, edi
;;    5d: jge $+0xb
;;    63: mov eax, 0x3
;;    69: mov rsp, rbp
;;    6c: pop rbp
;;    6d: ret
;;    6e: test edi, 0x4
;;    75: cmovz esi, edi
;;    78: mov eax, esi
;;    7b: mov rsp, rbp
;;    7e: pop rbp
;;    7f: ret
;;    80: mov eax, 0x9
;;    85: jmp $+0x16
;;    8a: mov ebx, eax
;;    8c: mov rdi, rbp
;;    8f: lea rsi, qword [rip - 0xc]
;;    96: and rsp, -0x10
;;    9a: call qword [r14 + 0x30]
;;    9e: mov eax, ebx
;;    a0: mov rsp, qword [r13 + 0x8]
;;    a4: ret

;; ==== aarch64 ====
;; function 0 (208 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: ldr x2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x30
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x70
;;    2c: str w0, [x29, #0x10]
;;    30: str w1, [x29, #0x18]
;;    34: str x2, [x29, #0x20]
;;    38: tst w0, w1
;;    3c: b.eq $+0x14
;;    40: mov w0, #0x1
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: tst x2, #0xff00
;;    54: b.eq $+0x14
;;    58: mov w0, #0x2
;;    5c: mov sp, x29
;;    60: ldp x29, x30, [sp], #0x10
;;    64: ret
;;    68: cmp w0, w1
;;    6c: b.ge $+0x14
;;    70: mov w0, #0x3
;;    74: mov sp, x29
;;    78: ldp x29, x30, [sp], #0x10
;;    7c: ret
;;    80: tst w1, #0x4
;;    84: csel w0, w0, w1, ne
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
