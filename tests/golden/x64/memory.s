function 0 (100 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x1d
   1c: mov ebx, dword [rbp + 0x10]
   1f: mov ecx, 0x7
   25: mov qword [r15 + rbx * 1 + 0x10], rcx
   2a: mov rbx, qword [r15 + 0x408]
   31: mov rax, rbx
   34: mov rsp, rbp
   37: pop rbp
   38: ret
   39: mov eax, 0x9
   3e: jmp $+0x19
   43: mov ebx, eax
   45: mov rdi, rbp
   48: lea rsi, qword [rip - 0xc]
   4f: and rsp, -0x10
   53: call qword [r14 + 0x30]
   5a: mov eax, ebx
   5c: mov rsp, qword [r13 + 0x8]
   63: ret
