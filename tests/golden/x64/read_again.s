function 0 (109 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x26
   1c: xorps xmm0, xmm0
   20: movq qword [rbp - 0x10], xmm0
   25: mov ebx, dword [rbp + 0x10]
   28: add ebx, dword [rbp + 0x18]
   2b: mov dword [rbp - 0x10], ebx
   2e: mov esi, ebx
   31: shr esi, 0x1
   35: mov dword [rbp + 0x18], esi
   38: xor esi, ebx
   3a: mov eax, esi
   3d: mov rsp, rbp
   40: pop rbp
   41: ret
   42: mov eax, 0x9
   47: jmp $+0x19
   4c: mov ebx, eax
   4e: mov rdi, rbp
   51: lea rsi, qword [rip - 0xc]
   58: and rsp, -0x10
   5c: call qword [r14 + 0x30]
   63: mov eax, ebx
   65: mov rsp, qword [r13 + 0x8]
   6c: ret
