;; Arithmetic shift right by a register count.
(module (func (param i32 i32) (result i32) (i32.shr_s (local.get 0) (local.get 1))))

;; ==== x64 ====
;; function 0 (84 bytes, calls [])
;;     0: mov esi, dword [rsp + 0x8]
;;     4: mov edi, dword [rsp + 0x10]
;;     8: push rbp
;;     9: mov rbp, rsp
;;     c: sub rsp, 0x20
;;    13: mov qword [rbp - 0x8], r14
;;    17: cmp rsp, qword [r13]
;;    1b: jb $+0xe
;;    21: mov ecx, edi
;;    24: sar esi, cl
;;    27: mov eax, esi
;;    2a: mov rsp, rbp
;;    2d: pop rbp
;;    2e: ret
;;    2f: mov eax, 0x9
;;    34: jmp $+0x16
;;    39: mov ebx, eax
;;    3b: mov rdi, rbp
;;    3e: lea rsi, qword [rip - 0xc]
;;    45: and rsp, -0x10
;;    49: call qword [r14 + 0x30]
;;    4d: mov eax, ebx
;;    4f: mov rsp, qword [r13 + 0x8]
;;    53: ret

;; ==== aarch64 ====
;; function 0 (116 bytes, calls [])
;;     0: ldr w0, [sp]
;;     4: ldr w1, [sp, #0x8]
;;     8: stp x29, x30, [sp, #-0x10]!
;;     c: mov x29, sp
;;    10: nop
;;    14: sub sp, sp, #0x20
;;    18: stur x28, [x29, #-0x8]
;;    1c: ldr x16, [x26]
;;    20: cmp sp, x16
;;    24: b.lo $+0x18
;;    28: asr w0, w0, w1
;;    2c: mov w0, w0
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
