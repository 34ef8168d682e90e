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
;; function 0 (178 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x180
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x70
;;    1d: xorps xmm0, xmm0
;;    21: mov rax, -0x140
;;    28: movups xmmword [rbp + rax * 1 - 0x20], xmm0
;;    2d: movups xmmword [rbp + rax * 1 - 0x10], xmm0
;;    32: add rax, 0x20
;;    36: jnz $-0x14
;;    3c: movups xmmword [rbp - 0x20], xmm0
;;    40: mov qword [rbp - 0x10], 0x1
;;    48: mov qword [rbp - 0x28], 0x4
;;    50: mov dword [rbp + 0x10], esi
;;    53: test esi, esi
;;    55: jz $+0xd
;;    5b: mov qword [rbp - 0x18], 0x2
;;    63: jmp $+0x0
;;    68: mov rbx, qword [rbp - 0x10]
;;    6c: add rbx, qword [rbp - 0x18]
;;    70: mov rdi, qword [rbp - 0x28]
;;    74: add rdi, qword [rbp - 0x160]
;;    7b: mov r8, qword [rbp - 0x20]
;;    7f: add r8, rdi
;;    82: add rbx, r8
;;    85: mov rax, rbx
;;    88: mov rsp, rbp
;;    8b: pop rbp
;;    8c: ret
;;    8d: mov eax, 0x9
;;    92: jmp $+0x16
;;    97: mov ebx, eax
;;    99: mov rdi, rbp
;;    9c: lea rsi, qword [rip - 0xc]
;;    a3: and rsp, -0x10
;;    a7: call qword [r14 + 0x30]
;;    ab: mov eax, ebx
;;    ad: mov rsp, qword [r13 + 0x8]
;;    b1: ret

;; ==== aarch64 ====
;; function 0 (212 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x180
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x7c
;;    24: mov x16, #0x160
;;    28: sub x16, x29, x16
;;    2c: mov x17, #0x15
;;    30: stp xzr, xzr, [x16], #0x10
;;    34: subs x17, x17, #0x1
;;    38: b.ne $-0x8
;;    3c: mov x16, #0x1
;;    40: stur x16, [x29, #-0x10]
;;    44: mov x16, #0x4
;;    48: stur x16, [x29, #-0x28]
;;    4c: str w0, [x29, #0x10]
;;    50: cbz w0, $+0x10
;;    54: mov x16, #0x2
;;    58: stur x16, [x29, #-0x18]
;;    5c: b $+0x4
;;    60: ldur x1, [x29, #-0x10]
;;    64: ldur x16, [x29, #-0x18]
;;    68: add x1, x1, x16
;;    6c: ldur x2, [x29, #-0x28]
;;    70: mov x17, #0xfffffffffffffea0
;;    74: add x17, x29, x17
;;    78: ldr x16, [x17]
;;    7c: add x2, x2, x16
;;    80: ldur x3, [x29, #-0x20]
;;    84: add x3, x3, x2
;;    88: add x1, x1, x3
;;    8c: mov x0, x1
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
