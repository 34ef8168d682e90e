function 0 (212 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x40
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x8d
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
   6e: jmp $+0x15
   73: mov r8d, r11d
   76: mov r11d, r10d
   79: mov r10d, r9d
   7c: mov r9d, r8d
   7f: sub r12d, 0x1
   83: jmp $-0x37
   88: mov ebx, dword [rbp - 0x10]
   8b: imul ebx, ebx, 0x64
   92: mov esi, dword [rbp - 0x18]
   95: imul esi, esi, 0xa
   9c: add esi, dword [rbp - 0x20]
   9f: add ebx, esi
   a1: mov eax, ebx
   a4: mov rsp, rbp
   a7: pop rbp
   a8: ret
   a9: mov eax, 0x9
   ae: jmp $+0x19
   b3: mov ebx, eax
   b5: mov rdi, rbp
   b8: lea rsi, qword [rip - 0xc]
   bf: and rsp, -0x10
   c3: call qword [r14 + 0x30]
   ca: mov eax, ebx
   cc: mov rsp, qword [r13 + 0x8]
   d3: ret
