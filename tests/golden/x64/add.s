function 0 (85 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0xe
   1c: mov ebx, dword [rbp + 0x10]
   1f: add ebx, dword [rbp + 0x18]
   22: mov eax, ebx
   25: mov rsp, rbp
   28: pop rbp
   29: ret
   2a: mov eax, 0x9
   2f: jmp $+0x19
   34: mov ebx, eax
   36: mov rdi, rbp
   39: lea rsi, qword [rip - 0xc]
   40: and rsp, -0x10
   44: call qword [r14 + 0x30]
   4b: mov eax, ebx
   4d: mov rsp, qword [r13 + 0x8]
   54: ret
