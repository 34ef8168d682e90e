;; Bit tests: an `and` read only by `eqz` and `br_if` is one `test`/`tst` and a branch, an
;; `and` read by `select` a `test` and a conditional move, and `eqz` of a comparison its
;; opposite (`lt_s` under `eqz` branches on `ge`).
(module (func (param i32 i32 i64) (result i32)
  (block (br_if 0 (i32.eqz (i32.and (local.get 0) (local.get 1)))) (return (i32.const 1)))
  (block (br_if 0 (i64.eqz (i64.and (local.get 2) (i64.const 0xff00)))) (return (i32.const 2)))
  (block (br_if 0 (i32.eqz (i32.lt_s (local.get 0) (local.get 1)))) (return (i32.const 3)))
  (select (local.get 0) (local.get 1) (i32.and (local.get 1) (i32.const 4)))))

;; ==== x64 ====
;; function 0 (168 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8, qword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x30
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0x5d
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
;;    6e: mov ebx, edi
;;    71: test ebx, 0x4
;;    78: cmovz esi, edi
;;    7b: mov eax, esi
;;    7e: mov rsp, rbp
;;    81: pop rbp
;;    82: ret
;;    83: mov eax, 0x9
;;    88: jmp $+0x16
;;    8d: mov ebx, eax
;;    8f: mov rdi, rbp
;;    92: lea rsi, qword [rip - 0xc]
;;    99: and rsp, -0x10
;;    9d: call qword [r14 + 0x30]
;;    a1: mov eax, ebx
;;    a3: mov rsp, qword [r13 + 0x8]
;;    a7: ret

;; ==== aarch64 ====
;; function 0 (212 bytes, calls [])
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
;;    28: b.lo $+0x74
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
;;    80: mov w3, w1
;;    84: tst w3, #0x4
;;    88: csel w0, w0, w1, ne
;;    8c: mov w0, w0
;;    90: mov sp, x29
;;    94: ldp x29, x30, [sp], #0x10
;;    98: ret
;;    9c: mov w0, #0x9
;;    a0: b $+0x24
;;    a4: mov w19, w0
;;    a8: mov x0, x29
;;    ac: adr x1, $-0x8
;;    b0: mov x16, sp
;;    b4: and sp, x16, #0xfffffffffffffff0
;;    b8: ldr x17, [x28, #0x30]
;;    bc: blr x17
;;    c0: mov w0, w19
;;    c4: ldr x16, [x26, #0x8]
;;    c8: ldr x17, [x16]
;;    cc: add sp, x16, #0x10
;;    d0: br x17
