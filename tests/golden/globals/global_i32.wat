;; Mutable i32 global: read and written through the vmctx's pointer to its cell.
(module (global $g (mut i32) (i32.const 0))
  (func (param i32) (result i32) (global.set $g (i32.add (global.get $g) (local.get 0))) (global.get $g)))

;; ==== x64 ====
;; function 0 (94 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: push rbp
;;     5: mov rbp, rsp
;;     8: sub rsp, 0x20
;;     f: mov qword [rbp - 0x8], r14
;;    13: cmp rsp, qword [r13]
;;    17: jb $+0x1c
;;    1d: mov rbx, qword [r14 + 0x50]
;;    21: mov ebx, dword [rbx]
;;    23: add ebx, esi
;;    25: mov rdi, qword [r14 + 0x50]
;;    29: mov dword [rdi], ebx
;;    2b: mov rbx, qword [r14 + 0x50]
;;    2f: mov ebx, dword [rbx]
;;    31: mov eax, ebx
;;    34: mov rsp, rbp
;;    37: pop rbp
;;    38: ret
;;    39: mov eax, 0x9
;;    3e: jmp $+0x16
;;    43: mov ebx, eax
;;    45: mov rdi, rbp
;;    48: lea rsi, qword [rip - 0xc]
;;    4f: and rsp, -0x10
;;    53: call qword [r14 + 0x30]
;;    57: mov eax, ebx
;;    59: mov rsp, qword [r13 + 0x8]
;;    5d: ret

;; ==== aarch64 ====
;; function 0 (136 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x30
;;    24: ldr x1, [x28, #0x50]
;;    28: ldr w1, [x1]
;;    2c: add w1, w1, w0
;;    30: ldr x2, [x28, #0x50]
;;    34: str w1, [x2]
;;    38: ldr x1, [x28, #0x50]
;;    3c: ldr w1, [x1]
;;    40: mov w0, w1
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
