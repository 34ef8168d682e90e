function 0 (183 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0x5b
   19: xor ebx, ebx
   1c: mov eax, dword [rbp + 0x10]
   1f: mov dword [rsp], eax
   22: mov rsi, qword [r14 + 0x58]
   26: cmp ebx, dword [rsi + 0x8]
   29: jnb $+0x4f
   2f: mov rsi, qword [rsi]
   32: shl rbx, 0x3
   36: add rsi, rbx
   39: mov rsi, qword [rsi]
   3c: test rsi, rsi
   3f: jz $+0x43
   45: mov ebx, dword [r14 + 0x40]
   49: cmp ebx, dword [rsi + 0x10]
   4c: jnz $+0x40
   52: mov rax, r14
   55: mov r14, qword [rsi + 0x8]
   59: mov r15, qword [r14]
   5c: mov rsi, qword [rsi]
   5f: call rsi
   62: mov r14, qword [rbp - 0x8]
   66: mov r15, qword [r14]
   69: mov ebx, eax
   6c: mov eax, ebx
   6f: mov rsp, rbp
   72: pop rbp
   73: ret
   74: mov eax, 0x9
   79: jmp $+0x34
   7e: mov eax, 0x6
   83: jmp $+0x14
   88: mov eax, 0x7
   8d: jmp $+0xa
   92: mov eax, 0x8
   97: jmp $+0x0
   9c: mov ebx, eax
   9e: mov rdi, rbp
   a1: lea rsi, qword [rip - 0xc]
   a8: and rsp, -0x10
   ac: call qword [r14 + 0x30]
   b0: mov eax, ebx
   b2: mov rsp, qword [r13 + 0x8]
   b6: ret

function 1 (85 bytes, calls [CallReloc { offset: 33, callee: 0 }])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0x17
   19: mov dword [rsp], 0x5
   20: call $+0x0
   25: mov ebx, eax
   28: mov eax, ebx
   2b: mov rsp, rbp
   2e: pop rbp
   2f: ret
   30: mov eax, 0x9
   35: jmp $+0x16
   3a: mov ebx, eax
   3c: mov rdi, rbp
   3f: lea rsi, qword [rip - 0xc]
   46: and rsp, -0x10
   4a: call qword [r14 + 0x30]
   4e: mov eax, ebx
   50: mov rsp, qword [r13 + 0x8]
   54: ret
