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
;; function 0 (168 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x20
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0x5b
;;    1e: mov rbx, rsi
;;    21: mov rdi, qword [r14 + 0x70]
;;    25: mov rdi, qword [rdi]
;;    28: cmp rbx, qword [rdi - 0x8]
;;    2c: ja $+0x51
;;    32: sub rdi, r15
;;    35: add rdi, rbx
;;    38: mov edi, dword [r15 + rdi * 1 + 0x4]
;;    3d: cmp rsi, qword [r15 - 0x8]
;;    41: ja $+0x3c
;;    47: mov dword [r15 + rsi * 1 + 0x8], edi
;;    4c: cmp rsi, qword [r15 - 0x8]
;;    50: ja $+0x2d
;;    56: mov rbx, 0x100000000
;;    60: add rbx, rsi
;;    63: cmp rbx, qword [r15 - 0x8]
;;    67: ja $+0x16
;;    6d: mov ebx, dword [r15 + rbx * 1]
;;    71: mov eax, ebx
;;    74: mov rsp, rbp
;;    77: pop rbp
;;    78: ret
;;    79: mov eax, 0x9
;;    7e: jmp $+0x20
;;    83: mov eax, 0x5
;;    88: jmp $+0x0
;;    8d: mov ebx, eax
;;    8f: mov rdi, rbp
;;    92: lea rsi, qword [rip - 0xc]
;;    99: and rsp, -0x10
;;    9d: call qword [r14 + 0x30]
;;    a1: mov eax, ebx
;;    a3: mov rsp, qword [r13 + 0x8]
;;    a7: ret
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
;; function 0 (212 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x74
;;    24: mov x1, x0
;;    28: ldr x2, [x28, #0x70]
;;    2c: ldr x2, [x2]
;;    30: ldur x16, [x2, #-0x8]
;;    34: cmp x1, x16
;;    38: b.hi $+0x64
;;    3c: sub x2, x2, x27
;;    40: add x2, x2, x1
;;    44: add x16, x2, #0x4
;;    48: ldr w2, [x27, x16]
;;    4c: ldur x16, [x27, #-0x8]
;;    50: cmp x0, x16
;;    54: b.hi $+0x48
;;    58: add x16, x0, #0x8
;;    5c: str w2, [x27, x16]
;;    60: ldur x16, [x27, #-0x8]
;;    64: cmp x0, x16
;;    68: b.hi $+0x34
;;    6c: mov x1, #0x100000000
;;    70: add x1, x1, x0
;;    74: ldur x16, [x27, #-0x8]
;;    78: cmp x1, x16
;;    7c: b.hi $+0x20
;;    80: ldr w1, [x27, x1]
;;    84: mov w0, w1
;;    88: mov sp, x29
;;    8c: ldp x29, x30, [sp], #0x10
;;    90: ret
;;    94: mov w0, #0x9
;;    98: b $+0x2c
;;    9c: mov w0, #0x5
;;    a0: b $+0x4
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
