function 0 (132 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x3d
   1c: mov rbx, qword [rbp + 0x18]
   20: sub rbx, 0x3000
   27: mov qword [r15], rbx
   2a: mov ebx, dword [rbp + 0x10]
   2d: cmp ebx, 0x5000
   33: jnb $+0x7
   39: mov dword [rbp + 0x10], -0x7f000
   40: mov ebx, dword [rbp + 0x10]
   43: mov ebx, dword [r15 + rbx * 1 + 0x2000]
   4b: add ebx, 0x7f000
   51: mov eax, ebx
   54: mov rsp, rbp
   57: pop rbp
   58: ret
   59: mov eax, 0x9
   5e: jmp $+0x19
   63: mov ebx, eax
   65: mov rdi, rbp
   68: lea rsi, qword [rip - 0xc]
   6f: and rsp, -0x10
   73: call qword [r14 + 0x30]
   7a: mov eax, ebx
   7c: mov rsp, qword [r13 + 0x8]
   83: ret
