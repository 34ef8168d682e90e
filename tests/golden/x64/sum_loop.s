function 0 (131 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x3c
   1c: xorps xmm0, xmm0
   20: movq qword [rbp - 0x10], xmm0
   25: mov ebx, dword [rbp + 0x10]
   28: test ebx, ebx
   2a: jz $+0x1f
   30: mov ebx, dword [rbp + 0x10]
   33: mov ebx, ebx
   36: mov rsi, qword [rbp - 0x10]
   3a: add rsi, rbx
   3d: mov qword [rbp - 0x10], rsi
   41: mov ebx, dword [rbp + 0x10]
   44: sub ebx, 0x1
   47: mov dword [rbp + 0x10], ebx
   4a: jmp $-0x2a
   4f: mov rax, qword [rbp - 0x10]
   53: mov rsp, rbp
   56: pop rbp
   57: ret
   58: mov eax, 0x9
   5d: jmp $+0x19
   62: mov ebx, eax
   64: mov rdi, rbp
   67: lea rsi, qword [rip - 0xc]
   6e: and rsp, -0x10
   72: call qword [r14 + 0x30]
   79: mov eax, ebx
   7b: mov rsp, qword [r13 + 0x8]
   82: ret
