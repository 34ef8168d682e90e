function 0 (100 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0x26
   19: xorps xmm0, xmm0
   1d: movq qword [rbp - 0x10], xmm0
   22: mov ebx, dword [rbp + 0x10]
   25: add ebx, dword [rbp + 0x18]
   28: mov dword [rbp - 0x10], ebx
   2b: mov esi, ebx
   2e: shr esi, 0x1
   32: mov dword [rbp + 0x18], esi
   35: xor esi, ebx
   37: mov eax, esi
   3a: mov rsp, rbp
   3d: pop rbp
   3e: ret
   3f: mov eax, 0x9
   44: jmp $+0x16
   49: mov ebx, eax
   4b: mov rdi, rbp
   4e: lea rsi, qword [rip - 0xc]
   55: and rsp, -0x10
   59: call qword [r14 + 0x30]
   5d: mov eax, ebx
   5f: mov rsp, qword [r13 + 0x8]
   63: ret
