function 0 (205 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x40
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x86
   1c: xorps xmm0, xmm0
   20: movups xmmword [rbp - 0x28], xmm0
   24: movups xmmword [rbp - 0x18], xmm0
   28: mov dword [rbp - 0x10], 0x1
   2f: mov dword [rbp - 0x18], 0x2
   36: mov dword [rbp - 0x20], 0x3
   3d: mov r12d, dword [rbp + 0x10]
   41: mov r11d, dword [rbp - 0x10]
   45: mov r10d, dword [rbp - 0x18]
   49: mov r9d, dword [rbp - 0x20]
   4d: test r12d, r12d
   50: jz $+0x2b
   56: mov dword [rbp - 0x28], r11d
   5a: mov dword [rbp - 0x10], r10d
   5e: mov r11d, r10d
   61: mov dword [rbp - 0x18], r9d
   65: mov r10d, r9d
   68: mov r9d, dword [rbp - 0x28]
   6c: mov dword [rbp - 0x20], r9d
   70: mov ebx, r12d
   73: sub ebx, 0x1
   76: mov dword [rbp + 0x10], ebx
   79: mov r12d, ebx
   7c: jmp $-0x34
   81: mov ebx, dword [rbp - 0x10]
   84: imul ebx, ebx, 0x64
   8b: mov esi, dword [rbp - 0x18]
   8e: imul esi, esi, 0xa
   95: add esi, dword [rbp - 0x20]
   98: add ebx, esi
   9a: mov eax, ebx
   9d: mov rsp, rbp
   a0: pop rbp
   a1: ret
   a2: mov eax, 0x9
   a7: jmp $+0x19
   ac: mov ebx, eax
   ae: mov rdi, rbp
   b1: lea rsi, qword [rip - 0xc]
   b8: and rsp, -0x10
   bc: call qword [r14 + 0x30]
   c3: mov eax, ebx
   c5: mov rsp, qword [r13 + 0x8]
   cc: ret
