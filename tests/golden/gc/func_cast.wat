;;! gc
;; ref.test to a concrete function type open to subtyping: null (a non-null target fails),
;; then the id, then the callee's supertype display at the type's depth (1), into a 0/1
;; flag; every register is taken before the first branch.
(module
  (type $top (sub (func (result i32))))
  (type $mid (sub $top (func (result i32))))
  (func (export "is_mid") (param funcref) (result i32) (ref.test (ref $mid) (local.get 0))))

;; ==== x64 ====
;; function 0 (149 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x57
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: test rbx, rbx
;;    20: jz $+0x34
;;    26: mov edi, dword [r14 + 0x44]
;;    2a: cmp edi, dword [rbx + 0x10]
;;    2d: jz $+0x1c
;;    33: mov r8, qword [rbx + 0x20]
;;    37: mov esi, dword [r8]
;;    3a: cmp esi, 0x1
;;    3d: jna $+0x17
;;    43: mov esi, dword [r8 + 0x8]
;;    47: cmp esi, edi
;;    49: jnz $+0xb
;;    4f: mov esi, 0x1
;;    55: jmp $+0x3
;;    5a: xor esi, esi
;;    5d: test rsi, rsi
;;    60: setnz sil
;;    64: movzx esi, sil
;;    68: mov eax, esi
;;    6b: mov rsp, rbp
;;    6e: pop rbp
;;    6f: ret
;;    70: mov eax, 0x9
;;    75: jmp $+0x16
;;    7a: mov ebx, eax
;;    7c: mov rdi, rbp
;;    7f: lea rsi, qword [rip - 0xc]
;;    86: and rsp, -0x10
;;    8a: call qword [r14 + 0x30]
;;    8e: mov eax, ebx
;;    90: mov rsp, qword [r13 + 0x8]
;;    94: ret

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x5c
;;    20: ldr x0, [x29, #0x10]
;;    24: cbz x0, $+0x38
;;    28: ldr w2, [x28, #0x44]
;;    2c: ldr w16, [x0, #0x10]
;;    30: cmp w2, w16
;;    34: b.eq $+0x20
;;    38: ldr x3, [x0, #0x20]
;;    3c: ldr w1, [x3]
;;    40: cmp w1, #0x1
;;    44: b.ls $+0x18
;;    48: ldr w1, [x3, #0x8]
;;    4c: cmp w1, w2
;;    50: b.ne $+0xc
;;    54: mov w1, #0x1
;;    58: b $+0x8
;;    5c: mov w1, #0x0
;;    60: cmp x1, #0x0
;;    64: cset w1, ne
;;    68: mov w0, w1
;;    6c: mov sp, x29
;;    70: ldp x29, x30, [sp], #0x10
;;    74: ret
;;    78: mov w0, #0x9
;;    7c: b $+0x24
;;    80: mov w19, w0
;;    84: mov x0, x29
;;    88: adr x1, $-0x8
;;    8c: mov x16, sp
;;    90: and sp, x16, #0xfffffffffffffff0
;;    94: ldr x17, [x28, #0x30]
;;    98: blr x17
;;    9c: mov w0, w19
;;    a0: ldr x16, [x26, #0x8]
;;    a4: ldr x17, [x16]
;;    a8: add sp, x16, #0x10
;;    ac: br x17
