;; select on an integer compare whose first value keeps its register (here the loop home
;; of local 3, read again below) while the alternative's register may change: the result
;; goes to the alternative's register under the negated compare (x86-64 `cmov` and
;; aarch64 `csel` into it), so no register is taken and no home is given up (as in the clamp
;; `min(a[i][j], a[i][k] + a[k][j])` of polybench floyd-warshall's inner loop).
(module
  (memory 1)
  (func (param i32 i32 i32)
    (local i32)
    (loop $l
      (i32.store (local.get 0)
        (select
          (local.tee 3 (i32.load (local.get 0)))
          (i32.add (i32.load offset=4 (local.get 0)) (local.get 1))
          (i32.le_s (local.get 3) (local.get 1))))
      (local.set 1 (i32.add (local.get 1) (local.get 3)))
      (br_if $l (local.tee 2 (i32.sub (local.get 2) (i32.const 1)))))))

;; ==== x64 ====
;; function 0 (124 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8d, dword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x40
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0x31
;;    26: mov dword [rbp + 0x10], esi
;;    29: mov dword [rbp + 0x18], edi
;;    2c: mov dword [rbp + 0x20], r8d
;;    30: mov r12d, dword [r15 + rsi * 1]
;;    34: mov ebx, dword [r15 + rsi * 1 + 0x4]
;;    39: add ebx, edi
;;    3b: cmp edi, r12d
;;    3e: cmovge ebx, r12d
;;    42: mov dword [r15 + rsi * 1], ebx
;;    46: add edi, r12d
;;    49: sub r8d, 0x1
;;    4d: test r8d, r8d
;;    50: jnz $-0x22
;;    52: mov rsp, rbp
;;    55: pop rbp
;;    56: ret
;;    57: mov eax, 0x9
;;    5c: jmp $+0x16
;;    61: mov ebx, eax
;;    63: mov rdi, rbp
;;    66: lea rsi, qword [rip - 0xc]
;;    6d: and rsp, -0x10
;;    71: call qword [r14 + 0x30]
;;    75: mov eax, ebx
;;    77: mov rsp, qword [r13 + 0x8]
;;    7b: ret

;; ==== aarch64 ====
;; function 0 (164 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: ldr w2, [sp, #0x10]
;;     c: stp x29, x30, [sp, #-0x10]!
;;    10: mov x29, sp
;;    14: nop
;;    18: sub sp, sp, #0x40
;;    1c: stur x28, [x29, #-0x8]
;;    20: ldr x16, [x26]
;;    24: cmp sp, x16
;;    28: b.lo $+0x44
;;    2c: str w0, [x29, #0x10]
;;    30: str w1, [x29, #0x18]
;;    34: str w2, [x29, #0x20]
;;    38: ldr w25, [x27, x0]
;;    3c: add x16, x0, #0x4
;;    40: ldr w3, [x27, x16]
;;    44: add w3, w3, w1
;;    48: cmp w1, w25
;;    4c: csel w3, w3, w25, lt
;;    50: str w3, [x27, x0]
;;    54: add w1, w1, w25
;;    58: sub w2, w2, #0x1
;;    5c: cbnz w2, $-0x24
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
