;; Locals zeroed at entry: only the declared locals that the straight-line start may
;; read before setting them. $a and local 4 are set first (not zeroed; local 4 lies between
;; two zeroed ones and is zeroed with them), $b is set only in an `if` (zeroed), and the
;; 37 locals past local 4 form one long run (a store loop on both ISAs).
(module (func (export "sum") (param $p i32) (result i64)
  (local $a i64) (local $b i64) (local $c i64) (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
  (local.set $a (i64.const 1))
  (local.set 4 (i64.const 4))
  (if (local.get $p) (then (local.set $b (i64.const 2))))
  (i64.add (i64.add (local.get $a) (local.get $b))
    (i64.add (local.get $c) (i64.add (local.get 4) (local.get 43))))))

;; ==== x64 ====
;; function 0 (168 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x180
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x6a
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
;;    50: jz $+0x8
;;    56: mov qword [rbp - 0x18], 0x2
;;    5e: mov rbx, qword [rbp - 0x10]
;;    62: add rbx, qword [rbp - 0x18]
;;    66: mov rsi, qword [rbp - 0x28]
;;    6a: add rsi, qword [rbp - 0x160]
;;    71: mov rdi, qword [rbp - 0x20]
;;    75: add rdi, rsi
;;    78: add rbx, rdi
;;    7b: mov rax, rbx
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
;; function 0 (204 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x180
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x74
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
;;    4c: ldr w16, [x29, #0x10]
;;    50: cbz w16, $+0xc
;;    54: mov x16, #0x2
;;    58: stur x16, [x29, #-0x18]
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
