function 0 (172 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x65
   1c: xor eax, eax
   1e: mov qword [rbp - 0x10], rax
   25: mov ebx, dword [rbp + 0x10]
   2d: cmp ebx, 0x0
   34: jz $+0x3a
   3a: mov ebx, dword [rbp + 0x10]
   42: mov ebx, ebx
   45: mov rsi, qword [rbp - 0x10]
   4d: add rsi, rbx
   50: mov qword [rbp - 0x10], rsi
   58: mov ebx, dword [rbp + 0x10]
   60: sub ebx, 0x1
   67: mov dword [rbp + 0x10], ebx
   6f: jmp $-0x4f
   74: mov rax, qword [rbp - 0x10]
   7c: mov rsp, rbp
   7f: pop rbp
   80: ret
   81: mov eax, 0x9
   86: jmp $+0x19
   8b: mov ebx, eax
   8d: mov rdi, rbp
   90: lea rsi, qword [rip - 0xc]
   97: and rsp, -0x10
   9b: call qword [r14 + 0x30]
   a2: mov eax, ebx
   a4: mov rsp, qword [r13 + 0x8]
   ab: ret
