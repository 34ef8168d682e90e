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
;; function 0 (133 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: mov r8d, dword [rsp + 0x18]
;;     d: push rbp
;;     e: mov rbp, rsp
;;    11: sub rsp, 0x40
;;    18: mov qword [rbp - 0x8], r14
;;    1c: cmp rsp, qword [r13]
;;    20: jb $+0x3a
;;    26: mov dword [rbp + 0x10], esi
;;    29: mov dword [rbp + 0x18], edi
;;    2c: mov dword [rbp + 0x20], r8d
;;    30: mov ebx, esi
;;    33: mov r12d, dword [r15 + rbx * 1]
;;    37: mov ebx, esi
;;    3a: mov ebx, dword [r15 + rbx * 1 + 0x4]
;;    3f: add ebx, edi
;;    41: mov r9d, r12d
;;    44: cmp r9d, edi
;;    47: cmovle ebx, r12d
;;    4b: mov dword [r15 + rsi * 1], ebx
;;    4f: add edi, r12d
;;    52: sub r8d, 0x1
;;    56: test r8d, r8d
;;    59: jnz $-0x2b
;;    5b: mov rsp, rbp
;;    5e: pop rbp
;;    5f: ret
;;    60: mov eax, 0x9
;;    65: jmp $+0x16
;;    6a: mov ebx, eax
;;    6c: mov rdi, rbp
;;    6f: lea rsi, qword [rip - 0xc]
;;    76: and rsp, -0x10
;;    7a: call qword [r14 + 0x30]
;;    7e: mov eax, ebx
;;    80: mov rsp, qword [r13 + 0x8]
;;    84: ret

;; ==== aarch64 ====
;; function 0 (176 bytes, calls [])
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
;;    28: b.lo $+0x50
;;    2c: str w0, [x29, #0x10]
;;    30: str w1, [x29, #0x18]
;;    34: str w2, [x29, #0x20]
;;    38: mov w3, w0
;;    3c: ldr w25, [x27, x3]
;;    40: mov w3, w0
;;    44: add x16, x3, #0x4
;;    48: ldr w3, [x27, x16]
;;    4c: add w3, w3, w1
;;    50: mov w4, w25
;;    54: cmp w4, w1
;;    58: csel w3, w3, w25, gt
;;    5c: str w3, [x27, x0]
;;    60: add w1, w1, w25
;;    64: sub w2, w2, #0x1
;;    68: cbnz w2, $-0x30
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
