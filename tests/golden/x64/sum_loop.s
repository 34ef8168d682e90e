function 0 (132 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x3d
   1c: xorps xmm0, xmm0
   20: movq qword [rbp - 0x10], xmm0
   25: mov r12d, dword [rbp + 0x10]
   29: mov r11, qword [rbp - 0x10]
   2d: test r12d, r12d
   30: jz $+0x1a
   36: mov ebx, r12d
   39: mov ebx, ebx
   3c: add r11, rbx
   3f: mov qword [rbp - 0x10], r11
   43: sub r12d, 0x1
   47: mov dword [rbp + 0x10], r12d
   4b: jmp $-0x23
   50: mov rax, qword [rbp - 0x10]
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
