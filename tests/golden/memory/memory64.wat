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
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x20
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x60
;;    19: mov rbx, qword [rbp + 0x10]
;;    1d: mov rsi, qword [r14 + 0x70]
;;    21: mov rsi, qword [rsi]
;;    24: cmp rbx, qword [rsi - 0x8]
;;    28: ja $+0x55
;;    2e: sub rsi, r15
;;    31: add rsi, rbx
;;    34: mov esi, dword [r15 + rsi * 1 + 0x4]
;;    39: mov rdi, qword [rbp + 0x10]
;;    3d: cmp rdi, qword [r15 - 0x8]
;;    41: ja $+0x3c
;;    47: mov dword [r15 + rdi * 1 + 0x8], esi
;;    4c: cmp rbx, qword [r15 - 0x8]
;;    50: ja $+0x2d
;;    56: mov rsi, 0x100000000
;;    60: add rsi, rbx
;;    63: cmp rsi, qword [r15 - 0x8]
;;    67: ja $+0x16
;;    6d: mov esi, dword [r15 + rsi * 1]
;;    71: mov eax, esi
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
;; function 2 (101 bytes, calls [])
;;     0: push rbp
;;     1: mov rbp, rsp
;;     4: sub rsp, 0x10
;;     b: mov qword [rbp - 0x8], r14
;;     f: cmp rsp, qword [r13]
;;    13: jb $+0x27
;;    19: mov rax, qword [rbp + 0x10]
;;    1d: mov qword [rbp - 0x10], rax
;;    21: mov rdx, qword [rbp - 0x10]
;;    25: xor esi, esi
;;    28: mov rdi, r14
;;    2b: mov rbx, qword [r14 + 0x18]
;;    2f: mov rbx, qword [rbx]
;;    32: call rbx
;;    35: mov rbx, rax
;;    38: mov rax, rbx
;;    3b: mov rsp, rbp
;;    3e: pop rbp
;;    3f: ret
;;    40: mov eax, 0x9
;;    45: jmp $+0x16
;;    4a: mov ebx, eax
;;    4c: mov rdi, rbp
;;    4f: lea rsi, qword [rip - 0xc]
;;    56: and rsp, -0x10
;;    5a: call qword [r14 + 0x30]
;;    5e: mov eax, ebx
;;    60: mov rsp, qword [r13 + 0x8]
;;    64: ret

;; ==== aarch64 ====
;; function 0 (216 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x20
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x78
;;    24: ldr x0, [x29, #0x10]
;;    28: ldr x1, [x28, #0x70]
;;    2c: ldr x1, [x1]
;;    30: ldur x16, [x1, #-0x8]
;;    34: cmp x0, x16
;;    38: b.hi $+0x68
;;    3c: sub x1, x1, x27
;;    40: add x1, x1, x0
;;    44: add x16, x1, #0x4
;;    48: ldr w1, [x27, x16]
;;    4c: ldr x2, [x29, #0x10]
;;    50: ldur x16, [x27, #-0x8]
;;    54: cmp x2, x16
;;    58: b.hi $+0x48
;;    5c: add x16, x2, #0x8
;;    60: str w1, [x27, x16]
;;    64: ldur x16, [x27, #-0x8]
;;    68: cmp x0, x16
;;    6c: b.hi $+0x34
;;    70: mov x1, #0x100000000
;;    74: add x1, x1, x0
;;    78: ldur x16, [x27, #-0x8]
;;    7c: cmp x1, x16
;;    80: b.hi $+0x20
;;    84: ldr w1, [x27, x1]
;;    88: mov w0, w1
;;    8c: mov sp, x29
;;    90: ldp x29, x30, [sp], #0x10
;;    94: ret
;;    98: mov w0, #0x9
;;    9c: b $+0x2c
;;    a0: mov w0, #0x5
;;    a4: b $+0x4
;;    a8: mov w19, w0
;;    ac: mov x0, x29
;;    b0: adr x1, $-0x8
;;    b4: mov x16, sp
;;    b8: and sp, x16, #0xfffffffffffffff0
;;    bc: ldr x17, [x28, #0x30]
;;    c0: blr x17
;;    c4: mov w0, w19
;;    c8: ldr x16, [x26, #0x8]
;;    cc: ldr x17, [x16]
;;    d0: add sp, x16, #0x10
;;    d4: br x17
;;
;; function 1 (116 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x1c
;;    24: ldr x0, [x28, #0x8]
;;    28: ldr x0, [x0, #0x8]
;;    2c: lsr x0, x0, #0x10
;;    30: mov sp, x29
;;    34: ldp x29, x30, [sp], #0x10
;;    38: ret
;;    3c: mov w0, #0x9
;;    40: b $+0x24
;;    44: mov w19, w0
;;    48: mov x0, x29
;;    4c: adr x1, $-0x8
;;    50: mov x16, sp
;;    54: and sp, x16, #0xfffffffffffffff0
;;    58: ldr x17, [x28, #0x30]
;;    5c: blr x17
;;    60: mov w0, w19
;;    64: ldr x16, [x26, #0x8]
;;    68: ldr x17, [x16]
;;    6c: add sp, x16, #0x10
;;    70: br x17
;;
;; function 2 (136 bytes, calls [])
;;     0: stp x29, x30, [sp, #-0x10]!
;;     4: mov x29, sp
;;     8: sub sp, sp, #0x0, lsl #12
;;     c: sub sp, sp, #0x10
;;    10: stur x28, [x29, #-0x8]
;;    14: ldr x16, [x26]
;;    18: mov x17, sp
;;    1c: cmp x17, x16
;;    20: b.lo $+0x30
;;    24: ldr x16, [x29, #0x10]
;;    28: stur x16, [x29, #-0x10]
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
