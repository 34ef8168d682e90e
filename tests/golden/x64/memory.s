function 0 (91 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0x1d
   19: mov ebx, dword [rbp + 0x10]
   1c: mov ecx, 0x7
   22: mov qword [r15 + rbx * 1 + 0x10], rcx
   27: mov rbx, qword [r15 + 0x408]
   2e: mov rax, rbx
   31: mov rsp, rbp
   34: pop rbp
   35: ret
   36: mov eax, 0x9
   3b: jmp $+0x16
   40: mov ebx, eax
   42: mov rdi, rbp
   45: lea rsi, qword [rip - 0xc]
   4c: and rsp, -0x10
   50: call qword [r14 + 0x30]
   54: mov eax, ebx
   56: mov rsp, qword [r13 + 0x8]
   5a: ret
