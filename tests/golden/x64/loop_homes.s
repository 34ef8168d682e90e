function 0 (207 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x40
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x88
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
   54: jz $+0x29
   5a: mov dword [rbp - 0x28], r11d
   5e: mov r8d, r11d
   61: mov dword [rbp - 0x10], r10d
   65: mov r11d, r10d
   68: mov dword [rbp - 0x18], r9d
   6c: mov r10d, r9d
   6f: mov dword [rbp - 0x20], r8d
   73: mov r9d, r8d
   76: sub r12d, 0x1
   7a: mov dword [rbp + 0x10], r12d
   7e: jmp $-0x32
   83: mov ebx, dword [rbp - 0x10]
   86: imul ebx, ebx, 0x64
   8d: mov esi, dword [rbp - 0x18]
   90: imul esi, esi, 0xa
   97: add esi, dword [rbp - 0x20]
   9a: add ebx, esi
   9c: mov eax, ebx
   9f: mov rsp, rbp
   a2: pop rbp
   a3: ret
   a4: mov eax, 0x9
   a9: jmp $+0x19
   ae: mov ebx, eax
   b0: mov rdi, rbp
   b3: lea rsi, qword [rip - 0xc]
   ba: and rsp, -0x10
   be: call qword [r14 + 0x30]
   c5: mov eax, ebx
   c7: mov rsp, qword [r13 + 0x8]
   ce: ret
