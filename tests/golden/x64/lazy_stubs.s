function 0 (135 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x10
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x36
   1c: mov rdi, r14
   1f: mov rbx, qword [r14 + 0x18]
   23: mov rbx, qword [rbx + 0x50]
   27: call rbx
   2a: test rax, rax
   2d: jz $+0x29
   33: mov rsp, rbp
   36: pop rbp
   37: jmp rax
   3a: mov esi, 0x1
   40: jmp $-0x42
   42: mov esi, 0x2
   48: jmp $-0x4a
   4a: mov esi, 0x3
   50: jmp $-0x52
   52: mov eax, 0x9
   57: jmp $+0x23
   5c: mov eax, 0xb
   61: jmp $+0x0
   66: mov ebx, eax
   68: mov rdi, rbp
   6b: lea rsi, qword [rip - 0xc]
   72: and rsp, -0x10
   76: call qword [r14 + 0x30]
   7d: mov eax, ebx
   7f: mov rsp, qword [r13 + 0x8]
   86: ret
