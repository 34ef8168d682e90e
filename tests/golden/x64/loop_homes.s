function 0 (211 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x40
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x8c
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
   4d: mov r8d, dword [rbp - 0x28]
   51: test r12d, r12d
   54: jz $+0x2d
   5a: mov dword [rbp - 0x28], r11d
   5e: mov r8d, r11d
   61: mov dword [rbp - 0x10], r10d
   65: mov r11d, r10d
   68: mov dword [rbp - 0x18], r9d
   6c: mov r10d, r9d
   6f: mov dword [rbp - 0x20], r8d
   73: mov r9d, r8d
   76: mov ebx, r12d
   79: sub ebx, 0x1
   7c: mov dword [rbp + 0x10], ebx
   7f: mov r12d, ebx
   82: jmp $-0x36
   87: mov ebx, dword [rbp - 0x10]
   8a: imul ebx, ebx, 0x64
   91: mov esi, dword [rbp - 0x18]
   94: imul esi, esi, 0xa
   9b: add esi, dword [rbp - 0x20]
   9e: add ebx, esi
   a0: mov eax, ebx
   a3: mov rsp, rbp
   a6: pop rbp
   a7: ret
   a8: mov eax, 0x9
   ad: jmp $+0x19
   b2: mov ebx, eax
   b4: mov rdi, rbp
   b7: lea rsi, qword [rip - 0xc]
   be: and rsp, -0x10
   c2: call qword [r14 + 0x30]
   c9: mov eax, ebx
   cb: mov rsp, qword [r13 + 0x8]
   d2: ret
