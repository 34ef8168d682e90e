function 0 (134 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x3f
   1c: xorps xmm0, xmm0
   20: movq qword [rbp - 0x10], xmm0
   25: mov r12d, dword [rbp + 0x10]
   29: mov r11, qword [rbp - 0x10]
   2d: test r12d, r12d
   30: jnz $+0xd
   36: mov dword [rbp + 0x10], r12d
   3a: mov qword [rbp - 0x10], r11
   3e: jmp $+0xf
   43: mov ebx, r12d
   46: mov ebx, ebx
   49: add r11, rbx
   4c: sub r12d, 0x1
   50: jmp $-0x25
   52: mov rax, qword [rbp - 0x10]
   56: mov rsp, rbp
   59: pop rbp
   5a: ret
   5b: mov eax, 0x9
   60: jmp $+0x19
   65: mov ebx, eax
   67: mov rdi, rbp
   6a: lea rsi, qword [rip - 0xc]
   71: and rsp, -0x10
   75: call qword [r14 + 0x30]
   7c: mov eax, ebx
   7e: mov rsp, qword [r13 + 0x8]
   85: ret
