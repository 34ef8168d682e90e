function 0 (192 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x5b
   1c: xor ebx, ebx
   1f: mov eax, dword [rbp + 0x10]
   22: mov dword [rsp], eax
   25: mov rsi, qword [r14 + 0x58]
   29: cmp ebx, dword [rsi + 0x8]
   2c: jnb $+0x4f
   32: mov rsi, qword [rsi]
   35: shl rbx, 0x3
   39: add rsi, rbx
   3c: mov rsi, qword [rsi]
   3f: test rsi, rsi
   42: jz $+0x43
   48: mov ebx, dword [r14 + 0x40]
   4c: cmp ebx, dword [rsi + 0x10]
   4f: jnz $+0x40
   55: mov rax, r14
   58: mov r14, qword [rsi + 0x8]
   5c: mov r15, qword [r14]
   5f: mov rsi, qword [rsi]
   62: call rsi
   65: mov r14, qword [rbp - 0x8]
   69: mov r15, qword [r14]
   6c: mov ebx, eax
   6f: mov eax, ebx
   72: mov rsp, rbp
   75: pop rbp
   76: ret
   77: mov eax, 0x9
   7c: jmp $+0x37
   81: mov eax, 0x6
   86: jmp $+0x14
   8b: mov eax, 0x7
   90: jmp $+0xa
   95: mov eax, 0x8
   9a: jmp $+0x0
   9f: mov ebx, eax
   a1: mov rdi, rbp
   a4: lea rsi, qword [rip - 0xc]
   ab: and rsp, -0x10
   af: call qword [r14 + 0x30]
   b6: mov eax, ebx
   b8: mov rsp, qword [r13 + 0x8]
   bf: ret

function 1 (94 bytes, calls [CallReloc { offset: 36, callee: 0 }])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x17
   1c: mov dword [rsp], 0x5
   23: call $+0x0
   28: mov ebx, eax
   2b: mov eax, ebx
   2e: mov rsp, rbp
   31: pop rbp
   32: ret
   33: mov eax, 0x9
   38: jmp $+0x19
   3d: mov ebx, eax
   3f: mov rdi, rbp
   42: lea rsi, qword [rip - 0xc]
   49: and rsp, -0x10
   4d: call qword [r14 + 0x30]
   54: mov eax, ebx
   56: mov rsp, qword [r13 + 0x8]
   5d: ret
