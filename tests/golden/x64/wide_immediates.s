function 0 (123 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0x3d
   19: mov rbx, qword [rbp + 0x18]
   1d: sub rbx, 0x3000
   24: mov qword [r15], rbx
   27: mov ebx, dword [rbp + 0x10]
   2a: cmp ebx, 0x5000
   30: jnb $+0x7
   36: mov dword [rbp + 0x10], -0x7f000
   3d: mov ebx, dword [rbp + 0x10]
   40: mov ebx, dword [r15 + rbx * 1 + 0x2000]
   48: add ebx, 0x7f000
   4e: mov eax, ebx
   51: mov rsp, rbp
   54: pop rbp
   55: ret
   56: mov eax, 0x9
   5b: jmp $+0x16
   60: mov ebx, eax
   62: mov rdi, rbp
   65: lea rsi, qword [rip - 0xc]
   6c: and rsp, -0x10
   70: call qword [r14 + 0x30]
   74: mov eax, ebx
   76: mov rsp, qword [r13 + 0x8]
   7a: ret
