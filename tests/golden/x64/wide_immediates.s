function 0 (157 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x56
   1c: mov rbx, qword [rbp + 0x18]
   24: sub rbx, 0x3000
   2b: mov qword [r15], rbx
   32: mov ebx, dword [rbp + 0x10]
   3a: cmp ebx, 0x5000
   41: jnb $+0xc
   47: mov dword [rbp + 0x10], -0x7f000
   53: mov ebx, dword [rbp + 0x10]
   5b: mov ebx, dword [r15 + rbx * 1 + 0x2000]
   63: add ebx, 0x7f000
   6a: mov eax, ebx
   6d: mov rsp, rbp
   70: pop rbp
   71: ret
   72: mov eax, 0x9
   77: jmp $+0x19
   7c: mov ebx, eax
   7e: mov rdi, rbp
   81: lea rsi, qword [rip - 0xc]
   88: and rsp, -0x10
   8c: call qword [r14 + 0x30]
   93: mov eax, ebx
   95: mov rsp, qword [r13 + 0x8]
   9c: ret
