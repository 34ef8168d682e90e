function 0 (142 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x47
   1c: xorps xmm0, xmm0
   20: movq qword [rbp - 0x10], xmm0
   25: mov r12d, dword [rbp + 0x10]
   29: mov r11, qword [rbp - 0x10]
   2d: test r12d, r12d
   30: jz $+0x24
   36: mov ebx, r12d
   39: mov ebx, ebx
   3c: mov rsi, r11
   3f: add rsi, rbx
   42: mov qword [rbp - 0x10], rsi
   46: mov r11, rsi
   49: mov ebx, r12d
   4c: sub ebx, 0x1
   4f: mov dword [rbp + 0x10], ebx
   52: mov r12d, ebx
   55: jmp $-0x2d
   5a: mov rax, qword [rbp - 0x10]
   5e: mov rsp, rbp
   61: pop rbp
   62: ret
   63: mov eax, 0x9
   68: jmp $+0x19
   6d: mov ebx, eax
   6f: mov rdi, rbp
   72: lea rsi, qword [rip - 0xc]
   79: and rsp, -0x10
   7d: call qword [r14 + 0x30]
   84: mov eax, ebx
   86: mov rsp, qword [r13 + 0x8]
   8d: ret
