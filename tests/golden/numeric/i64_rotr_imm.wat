;; Rotate right by a constant.
(module (func (param i64) (result i64) (i64.rotr (local.get 0) (i64.const 13))))

;; ==== x64 ====
;; function 0 (81 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x20
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0xe
;;    1e: rorx rsi, rsi, 0xd
;;    24: mov rax, rsi
;;    27: mov rsp, rbp
;;    2a: pop rbp
;;    2b: ret
;;    2c: mov eax, 0x9
;;    31: jmp $+0x16
;;    36: mov ebx, eax
;;    38: mov rdi, rbp
;;    3b: lea rsi, qword [rip - 0xc]
;;    42: and rsp, -0x10
;;    46: call qword [r14 + 0x30]
;;    4a: mov eax, ebx
;;    4c: mov rsp, qword [r13 + 0x8]
;;    50: ret

;; ==== x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) ====
;; function 0 (79 bytes, calls [])
;;     0: mov rsi, qword [rsp + 0x8]
;;     5: push rbp
;;     6: mov rbp, rsp
;;     9: sub rsp, 0x20
;;    10: mov qword [rbp - 0x8], r14
;;    14: cmp rsp, qword [r13]
;;    18: jb $+0xc
;;    1e: ror rsi, 0xd
;;    22: mov rax, rsi
;;    25: mov rsp, rbp
;;    28: pop rbp
;;    29: ret
;;    2a: mov eax, 0x9
;;    2f: jmp $+0x16
;;    34: mov ebx, eax
;;    36: mov rdi, rbp
;;    39: lea rsi, qword [rip - 0xc]
;;    40: and rsp, -0x10
;;    44: call qword [r14 + 0x30]
;;    48: mov eax, ebx
;;    4a: mov rsp, qword [r13 + 0x8]
;;    4e: ret

;; ==== aarch64 ====
;; function 0 (108 bytes, calls [])
;;     0: ldr x0, [sp]
;;     4: stp x29, x30, [sp, #-0x10]!
;;     8: mov x29, sp
;;     c: nop
;;    10: sub sp, sp, #0x20
;;    14: stur x28, [x29, #-0x8]
;;    18: ldr x16, [x26]
;;    1c: cmp sp, x16
;;    20: b.lo $+0x14
;;    24: ror x0, x0, #0xd
;;    28: mov sp, x29
;;    2c: ldp x29, x30, [sp], #0x10
;;    30: ret
;;    34: mov w0, #0x9
;;    38: b $+0x24
;;    3c: mov w19, w0
;;    40: mov x0, x29
;;    44: adr x1, $-0x8
;;    48: mov x16, sp
;;    4c: and sp, x16, #0xfffffffffffffff0
;;    50: ldr x17, [x28, #0x30]
;;    54: blr x17
;;    58: mov w0, w19
;;    5c: ldr x16, [x26, #0x8]
;;    60: ldr x17, [x16]
;;    64: add sp, x16, #0x10
;;    68: br x17
