;; Locals zeroed at entry: only the declared locals that some path may read before setting
;; them. $a and local 4 are set first (not zeroed; local 4 lies between two zeroed ones and
;; is zeroed with them), $b is set only in an `if` (zeroed), and the 38 locals past local 4,
;; each read in the `else` arm, form one long run (a store loop on both ISAs).
(module (func (export "sum") (param $p i32) (result i64)
  (local $a i64) (local $b i64) (local $c i64) (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
  (local.set $a (i64.const 1))
  (local.set 4 (i64.const 4))
  (if (local.get $p) (then (local.set $b (i64.const 2)))
    (else (drop (local.get 5)) (drop (local.get 6)) (drop (local.get 7)) (drop (local.get 8)) (drop (local.get 9)) (drop (local.get 10)) (drop (local.get 11)) (drop (local.get 12)) (drop (local.get 13)) (drop (local.get 14)) (drop (local.get 15)) (drop (local.get 16)) (drop (local.get 17)) (drop (local.get 18)) (drop (local.get 19)) (drop (local.get 20)) (drop (local.get 21)) (drop (local.get 22)) (drop (local.get 23)) (drop (local.get 24)) (drop (local.get 25)) (drop (local.get 26)) (drop (local.get 27)) (drop (local.get 28)) (drop (local.get 29)) (drop (local.get 30)) (drop (local.get 31)) (drop (local.get 32)) (drop (local.get 33)) (drop (local.get 34)) (drop (local.get 35)) (drop (local.get 36)) (drop (local.get 37)) (drop (local.get 38)) (drop (local.get 39)) (drop (local.get 40)) (drop (local.get 41)) (drop (local.get 42))))
  (i64.add (i64.add (local.get $a) (local.get $b))
    (i64.add (local.get $c) (i64.add (local.get 4) (local.get 43))))))

;; ==== x64 ====
;; function 0 (173 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x180
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x6f
;;    19: xorps xmm0, xmm0
;;    1d: mov rax, -0x140
;;    24: movups xmmword [rbp + rax * 1 - 0x20], xmm0
;;    29: movups xmmword [rbp + rax * 1 - 0x10], xmm0
;;    2e: add rax, 0x20
;;    32: jnz $-0x14
;;    38: movups xmmword [rbp - 0x20], xmm0
;;    3c: mov qword [rbp - 0x10], 0x1
;;    44: mov qword [rbp - 0x28], 0x4
;;    4c: cmp dword [rbp + 0x10], 0x0
;;    50: jz $+0xd
;;    56: mov qword [rbp - 0x18], 0x2
;;    5e: jmp $+0x0
;;    63: mov rbx, qword [rbp - 0x10]
;;    67: add rbx, qword [rbp - 0x18]
;;    6b: mov rsi, qword [rbp - 0x28]
;;    6f: add rsi, qword [rbp - 0x160]
;;    76: mov rdi, qword [rbp - 0x20]
;;    7a: add rdi, rsi
;;    7d: add rbx, rdi
;;    80: mov rax, rbx
;;    83: mov rsp, rbp
;;    86: pop rbp
;;    87: ret
;;    88: mov eax, 0x9
;;    8d: jmp $+0x16
;;    92: mov ebx, eax
;;    94: mov rdi, rbp
;;    97: lea rsi, qword [rip - 0xc]
;;    9e: and rsp, -0x10
;;    a2: call qword [r14 + 0x30]
;;    a6: mov eax, ebx
;;    a8: mov rsp, qword [r13 + 0x8]
;;    ac: ret

;; ==== aarch64 ====
;; function 0 (204 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x180
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x78
;;    20: mov x16, #0x160
;;    24: sub x16, x29, x16
;;    28: mov x17, #0x15
;;    2c: stp xzr, xzr, [x16], #0x10
;;    30: subs x17, x17, #0x1
;;    34: b.ne $-0x8
;;    38: mov x16, #0x1
;;    3c: stur x16, [x29, #-0x10]
;;    40: mov x16, #0x4
;;    44: stur x16, [x29, #-0x28]
;;    48: ldr w16, [x29, #0x10]
;;    4c: cbz w16, $+0x10
;;    50: mov x16, #0x2
;;    54: stur x16, [x29, #-0x18]
;;    58: b $+0x4
;;    5c: ldur x0, [x29, #-0x10]
;;    60: ldur x16, [x29, #-0x18]
;;    64: add x0, x0, x16
;;    68: ldur x1, [x29, #-0x28]
;;    6c: mov x17, #0xfffffffffffffea0
;;    70: add x17, x29, x17
;;    74: ldr x16, [x17]
;;    78: add x1, x1, x16
;;    7c: ldur x2, [x29, #-0x20]
;;    80: add x2, x2, x1
;;    84: add x0, x0, x2
;;    88: mov sp, x29
;;    8c: ldp x29, x30, [sp], #0x10
;;    90: ret
;;    94: mov w0, #0x9
;;    98: b $+0x24
;;    9c: mov w19, w0
;;    a0: mov x0, x29
;;    a4: adr x1, $-0x8
;;    a8: mov x16, sp
;;    ac: and sp, x16, #0xfffffffffffffff0
;;    b0: ldr x17, [x28, #0x30]
;;    b4: blr x17
;;    b8: mov w0, w19
;;    bc: ldr x16, [x26, #0x8]
;;    c0: ldr x17, [x16]
;;    c4: add sp, x16, #0x10
;;    c8: br x17
