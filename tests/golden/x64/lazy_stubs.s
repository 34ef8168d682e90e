function 0 (152 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x10
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x47
   1c: mov rdi, r14
   1f: mov rbx, qword [r14 + 0x18]
   27: mov rbx, qword [rbx + 0x50]
   2f: call rbx
   32: test rax, rax
   35: jz $+0x32
   3b: mov rsp, rbp
   3e: pop rbp
   3f: jmp rax
   42: mov esi, 0x1
   48: jmp $-0x4d
   4d: mov esi, 0x2
   53: jmp $-0x58
   58: mov esi, 0x3
   5e: jmp $-0x63
   63: mov eax, 0x9
   68: jmp $+0x23
   6d: mov eax, 0xb
   72: jmp $+0x0
   77: mov ebx, eax
   79: mov rdi, rbp
   7c: lea rsi, qword [rip - 0xc]
   83: and rsp, -0x10
   87: call qword [r14 + 0x30]
   8e: mov eax, ebx
   90: mov rsp, qword [r13 + 0x8]
   97: ret
