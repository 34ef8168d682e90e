;; Accesses to a 64-bit memory: one compare of the i64 index with the memory's current size
;; (read through its VMMemory), then the same heap addressing as a 32-bit memory; the 4 GiB
;; guard past the maximum catches what an offset below 2^32 adds. An offset of 2^32 or more
;; is added to the index and checked again. A 64-bit memory other than memory 0 is rebased
;; with the descriptor the check already loaded. memory.size and memory.grow give i64s.
(module
  (memory i64 1) (memory i64 1)
  (func (param i64) (result i32)
    (i32.store offset=8 (local.get 0) (i32.load 1 offset=4 (local.get 0)))
    (i32.load offset=0x1_0000_0000 (local.get 0)))
  (func (result i64) (memory.size))
  (func (param i64) (result i64) (memory.grow (local.get 0))))

;; ==== x64 ====
;; function 0 (165 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x20
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x58
;;    1e: mov rbx, qword [r14 + 0x70]
;;    22: mov rbx, qword [rbx]
;;    25: cmp rsi, qword [rbx - 0x8]
;;    29: ja $+0x51
;;    2f: sub rbx, r15
;;    32: add rbx, rsi
;;    35: mov ebx, dword [r15 + rbx * 1 + 0x4]
;;    3a: cmp rsi, qword [r15 - 0x8]
;;    3e: ja $+0x3c
;;    44: mov dword [r15 + rsi * 1 + 0x8], ebx
;;    49: cmp rsi, qword [r15 - 0x8]
;;    4d: ja $+0x2d
;;    53: mov rbx, 0x100000000
;;    5d: add rbx, rsi
;;    60: cmp rbx, qword [r15 - 0x8]
;;    64: ja $+0x16
;;    6a: mov ebx, dword [r15 + rbx * 1]
;;    6e: mov eax, ebx
;;    71: mov rsp, rbp
;;    74: pop rbp
;;    75: ret
;;    76: mov eax, 0x9
;;    7b: jmp $+0x20
;;    80: mov eax, 0x5
;;    85: jmp $+0x0
;;    8a: mov ebx, eax
;;    8c: mov rdi, rbp
;;    8f: lea rsi, qword [rip - 0xc]
;;    96: and rsp, -0x10
;;    9a: call qword [r14 + 0x30]
;;    9e: mov eax, ebx
;;    a0: mov rsp, qword [r13 + 0x8]
;;    a4: ret
;;
;; function 1 (82 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x14
;;    19: mov rbx, qword [r14 + 0x8]
;;    1d: mov rbx, qword [rbx + 0x8]
;;    21: shr rbx, 0x10
;;    25: mov rax, rbx
;;    28: mov rsp, rbp
;;    2b: pop rbp
;;    2c: ret
;;    2d: mov eax, 0x9
;;    32: jmp $+0x16
;;    37: mov ebx, eax
;;    39: mov rdi, rbp
;;    3c: lea rsi, qword [rip - 0xc]
;;    43: and rsp, -0x10
;;    47: call qword [r14 + 0x30]
;;    4b: mov eax, ebx
;;    4d: mov rsp, qword [r13 + 0x8]
;;    51: ret
;;
;; function 2 (106 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x10
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x27
;;    1e: mov qword [rbp - 0x10], rsi
;;    22: mov qword [rbp + 0x10], rsi
;;    26: mov rdx, qword [rbp - 0x10]
;;    2a: xor esi, esi
;;    2d: mov rdi, r14
;;    30: mov rbx, qword [r14 + 0x18]
;;    34: mov rbx, qword [rbx]
;;    37: call rbx
;;    3a: mov rbx, rax
;;    3d: mov rax, rbx
;;    40: mov rsp, rbp
;;    43: pop rbp
;;    44: ret
;;    45: mov eax, 0x9
;;    4a: jmp $+0x16
;;    4f: mov ebx, eax
;;    51: mov rdi, rbp
;;    54: lea rsi, qword [rip - 0xc]
;;    5b: and rsp, -0x10
;;    5f: call qword [r14 + 0x30]
;;    63: mov eax, ebx
;;    65: mov rsp, qword [r13 + 0x8]
;;    69: ret

;; ==== aarch64 ====
;; function 0 (208 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x70
;;    24: ldr x1, [x28, #0x70]
;;    28: ldr x1, [x1]
;;    2c: ldur x16, [x1, #-0x8]
;;    30: cmp x0, x16
;;    34: b.hi $+0x64
;;    38: sub x1, x1, x27
;;    3c: add x1, x1, x0
;;    40: add x16, x1, #0x4
;;    44: ldr w1, [x27, x16]
;;    48: ldur x16, [x27, #-0x8]
;;    4c: cmp x0, x16
;;    50: b.hi $+0x48
;;    54: add x16, x0, #0x8
;;    58: str w1, [x27, x16]
;;    5c: ldur x16, [x27, #-0x8]
;;    60: cmp x0, x16
;;    64: b.hi $+0x34
;;    68: mov x1, #0x100000000
;;    6c: add x1, x1, x0
;;    70: ldur x16, [x27, #-0x8]
;;    74: cmp x1, x16
;;    78: b.hi $+0x20
;;    7c: ldr w1, [x27, x1]
;;    80: mov w0, w1
;;    84: mov sp, x29
;;    88: ldp x29, x30, [sp], #0x10
;;    8c: ret
;;    90: mov w0, #0x9
;;    94: b $+0x2c
;;    98: mov w0, #0x5
;;    9c: b $+0x4
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
;;
;; function 1 (112 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: nop
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: cmp sp, x16
;;    1c: b.lo $+0x1c
;;    20: ldr x0, [x28, #0x8]
;;    24: ldr x0, [x0, #0x8]
;;    28: lsr x0, x0, #0x10
;;    2c: mov sp, x29
;;    30: ldp x29, x30, [sp], #0x10
;;    34: ret
;;    38: mov w0, #0x9
;;    3c: b $+0x24
;;    40: mov w19, w0
;;    44: mov x0, x29
;;    48: adr x1, $-0x8
;;    4c: mov x16, sp
;;    50: and sp, x16, #0xfffffffffffffff0
;;    54: ldr x17, [x28, #0x30]
;;    58: blr x17
;;    5c: mov w0, w19
;;    60: ldr x16, [x26, #0x8]
;;    64: ldr x17, [x16]
;;    68: add sp, x16, #0x10
;;    6c: br x17
;;
;; function 2 (136 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x10
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x30
;;    24: stur x0, [x29, #-0x10]
;;    28: str x0, [x29, #0x10]
;;    2c: ldur x2, [x29, #-0x10]
;;    30: mov w1, #0x0
;;    34: mov x0, x28
;;    38: ldr x3, [x28, #0x18]
;;    3c: ldr x3, [x3]
;;    40: blr x3
;;    44: mov sp, x29
;;    48: ldp x29, x30, [sp], #0x10
;;    4c: ret
;;    50: mov w0, #0x9
;;    54: b $+0x24
;;    58: mov w19, w0
;;    5c: mov x0, x29
;;    60: adr x1, $-0x8
;;    64: mov x16, sp
;;    68: and sp, x16, #0xfffffffffffffff0
;;    6c: ldr x17, [x28, #0x30]
;;    70: blr x17
;;    74: mov w0, w19
;;    78: ldr x16, [x26, #0x8]
;;    7c: ldr x17, [x16]
;;    80: add sp, x16, #0x10
;;    84: br x17
