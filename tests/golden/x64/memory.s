function 0 (108 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x25
   1c: mov ebx, dword [rbp + 0x10]
   24: mov ecx, 0x7
   2a: mov qword [r15 + rbx * 1 + 0x10], rcx
   32: mov rbx, qword [r15 + 0x408]
   39: mov rax, rbx
   3c: mov rsp, rbp
   3f: pop rbp
   40: ret
   41: mov eax, 0x9
   46: jmp $+0x19
   4b: mov ebx, eax
   4d: mov rdi, rbp
   50: lea rsi, qword [rip - 0xc]
   57: and rsp, -0x10
   5b: call qword [r14 + 0x30]
   62: mov eax, ebx
   64: mov rsp, qword [r13 + 0x8]
   6b: ret
