function 0 (200 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x40
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0x8a
   19: xorps xmm0, xmm0
   1d: movups xmmword [rbp - 0x28], xmm0
   21: movups xmmword [rbp - 0x18], xmm0
   25: mov dword [rbp - 0x10], 0x1
   2c: mov dword [rbp - 0x18], 0x2
   33: mov dword [rbp - 0x20], 0x3
   3a: mov r12d, dword [rbp + 0x10]
   3e: mov r11d, dword [rbp - 0x10]
   42: mov r10d, dword [rbp - 0x18]
   46: mov r9d, dword [rbp - 0x20]
   4a: mov r8d, dword [rbp - 0x28]
   4e: test r12d, r12d
   51: jnz $+0x19
   57: mov dword [rbp + 0x10], r12d
   5b: mov dword [rbp - 0x10], r11d
   5f: mov dword [rbp - 0x18], r10d
   63: mov dword [rbp - 0x20], r9d
   67: mov dword [rbp - 0x28], r8d
   6b: jmp $+0x12
   70: mov r8d, r11d
   73: mov r11d, r10d
   76: mov r10d, r9d
   79: mov r9d, r8d
   7c: sub r12d, 0x1
   80: jmp $-0x34
   82: mov ebx, dword [rbp - 0x10]
   85: imul ebx, ebx, 0x64
   8c: mov esi, dword [rbp - 0x18]
   8f: imul esi, esi, 0xa
   96: add esi, dword [rbp - 0x20]
   99: add ebx, esi
   9b: mov eax, ebx
   9e: mov rsp, rbp
   a1: pop rbp
   a2: ret
   a3: mov eax, 0x9
   a8: jmp $+0x16
   ad: mov ebx, eax
   af: mov rdi, rbp
   b2: lea rsi, qword [rip - 0xc]
   b9: and rsp, -0x10
   bd: call qword [r14 + 0x30]
   c1: mov eax, ebx
   c3: mov rsp, qword [r13 + 0x8]
   c7: ret
