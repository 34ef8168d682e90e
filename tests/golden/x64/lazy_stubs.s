function 0 (126 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x10
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0x36
   19: mov rdi, r14
   1c: mov rbx, qword [r14 + 0x18]
   20: mov rbx, qword [rbx + 0x50]
   24: call rbx
   27: test rax, rax
   2a: jz $+0x29
   30: mov rsp, rbp
   33: pop rbp
   34: jmp rax
   37: mov esi, 0x1
   3d: jmp $-0x3f
   3f: mov esi, 0x2
   45: jmp $-0x47
   47: mov esi, 0x3
   4d: jmp $-0x4f
   4f: mov eax, 0x9
   54: jmp $+0x20
   59: mov eax, 0xb
   5e: jmp $+0x0
   63: mov ebx, eax
   65: mov rdi, rbp
   68: lea rsi, qword [rip - 0xc]
   6f: and rsp, -0x10
   73: call qword [r14 + 0x30]
   77: mov eax, ebx
   79: mov rsp, qword [r13 + 0x8]
   7d: ret
