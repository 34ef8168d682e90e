function 0 (209 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x40
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x8a
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
   54: jnz $+0x19
   5a: mov dword [rbp + 0x10], r12d
   5e: mov dword [rbp - 0x10], r11d
   62: mov dword [rbp - 0x18], r10d
   66: mov dword [rbp - 0x20], r9d
   6a: mov dword [rbp - 0x28], r8d
   6e: jmp $+0x12
   73: mov r8d, r11d
   76: mov r11d, r10d
   79: mov r10d, r9d
   7c: mov r9d, r8d
   7f: sub r12d, 0x1
   83: jmp $-0x34
   85: mov ebx, dword [rbp - 0x10]
   88: imul ebx, ebx, 0x64
   8f: mov esi, dword [rbp - 0x18]
   92: imul esi, esi, 0xa
   99: add esi, dword [rbp - 0x20]
   9c: add ebx, esi
   9e: mov eax, ebx
   a1: mov rsp, rbp
   a4: pop rbp
   a5: ret
   a6: mov eax, 0x9
   ab: jmp $+0x19
   b0: mov ebx, eax
   b2: mov rdi, rbp
   b5: lea rsi, qword [rip - 0xc]
   bc: and rsp, -0x10
   c0: call qword [r14 + 0x30]
   c7: mov eax, ebx
   c9: mov rsp, qword [r13 + 0x8]
   d0: ret
