function 0 (144 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x10
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x3f
   1c: mov rdi, r14
   1f: mov rbx, qword [r14 + 0x18]
   23: mov rbx, qword [rbx + 0x50]
   27: call rbx
   2a: test rax, rax
   2d: jz $+0x32
   33: mov rsp, rbp
   36: pop rbp
   37: jmp rax
   3a: mov esi, 0x1
   40: jmp $-0x45
   45: mov esi, 0x2
   4b: jmp $-0x50
   50: mov esi, 0x3
   56: jmp $-0x5b
   5b: mov eax, 0x9
   60: jmp $+0x23
   65: mov eax, 0xb
   6a: jmp $+0x0
   6f: mov ebx, eax
   71: mov rdi, rbp
   74: lea rsi, qword [rip - 0xc]
   7b: and rsp, -0x10
   7f: call qword [r14 + 0x30]
   86: mov eax, ebx
   88: mov rsp, qword [r13 + 0x8]
   8f: ret
