;; A local set while its loop home still holds the older value an operator to come reads
;; (polybench floyd-warshall: `local.tee x` of an address, a load through it, `local.tee x`
;; of the sum, the store through the address): the sum's register holds the local
;; unstored, with no store to its frame slot; the branch back to the loop leaves the home
;; alone (the loop's body sets the local before reading it), and the loop's end stores
;; the sum the code after it reads.
(module (memory 1) (func (param i32 i32) (result i32) (local i32 i32)
  (loop
    (local.tee 2 (i32.shl (local.get 3) (i32.const 2)))
    (select (i32.load (local.get 2))
      (local.tee 2 (i32.add (i32.load offset=64 (local.get 2)) (local.get 1)))
      (i32.lt_u (local.get 2) (i32.load (local.get 2))))
    (i32.store)
    (br_if 0 (i32.lt_u (local.tee 3 (i32.add (local.get 3) (i32.const 1))) (local.get 0))))
  (local.get 2)))

;; ==== x64 ====
;; function 0 (145 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x40
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0x4b
;;    21: xorps xmm0, xmm0
;;    25: movq qword [rbp - 0x18], xmm0
;;    2a: mov dword [rbp + 0x10], esi
;;    2d: mov dword [rbp + 0x18], edi
;;    30: mov r11d, dword [rbp - 0x18]
;;    34: lea r12d, dword [r11 * 4]
;;    3c: mov ebx, dword [r15 + r12 * 1]
;;    40: mov r8d, dword [r15 + r12 * 1 + 0x40]
;;    45: add r8d, edi
;;    48: mov r9d, dword [r15 + r8 * 1]
;;    4c: cmp r9d, r8d
;;    4f: cmovna ebx, r8d
;;    53: mov dword [r15 + r12 * 1], ebx
;;    57: add r11d, 0x1
;;    5b: cmp r11d, esi
;;    5e: jb $-0x2c
;;    60: mov dword [rbp - 0x10], r8d
;;    64: mov eax, r8d
;;    67: mov rsp, rbp
;;    6a: pop rbp
;;    6b: ret
;;    6c: mov eax, 0x9
;;    71: jmp $+0x16
;;    76: mov ebx, eax
;;    78: mov rdi, rbp
;;    7b: lea rsi, qword [rip - 0xc]
;;    82: and rsp, -0x10
;;    86: call qword [r14 + 0x30]
;;    8a: mov eax, ebx
;;    8c: mov rsp, qword [r13 + 0x8]
;;    90: ret

;; ==== aarch64 ====
;; function 0 (180 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x40
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x58
;;    28: stur xzr, [x29, #-0x18]
;;    2c: str w0, [x29, #0x10]
;;    30: str w1, [x29, #0x18]
;;    34: ldur w24, [x29, #-0x18]
;;    38: lsl w25, w24, #0x2
;;    3c: ldr w2, [x27, x25]
;;    40: add x16, x25, #0x40
;;    44: ldr w3, [x27, x16]
;;    48: add w3, w3, w1
;;    4c: ldr w4, [x27, x3]
;;    50: cmp w4, w3
;;    54: csel w2, w2, w3, hi
;;    58: str w2, [x27, x25]
;;    5c: add w24, w24, #0x1
;;    60: cmp w24, w0
;;    64: b.lo $-0x2c
;;    68: stur w3, [x29, #-0x10]
;;    6c: mov w0, w3
;;    70: mov sp, x29
;;    74: ldp x29, x30, [sp], #0x10
;;    78: ret
;;    7c: mov w0, #0x9
;;    80: b $+0x24
;;    84: mov w19, w0
;;    88: mov x0, x29
;;    8c: adr x1, $-0x8
;;    90: mov x16, sp
;;    94: and sp, x16, #0xfffffffffffffff0
;;    98: ldr x17, [x28, #0x30]
;;    9c: blr x17
;;    a0: mov w0, w19
;;    a4: ldr x16, [x26, #0x8]
;;    a8: ldr x17, [x16]
;;    ac: add sp, x16, #0x10
;;    b0: br x17
