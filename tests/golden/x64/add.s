function 0 (76 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0xe
   19: mov ebx, dword [rbp + 0x10]
   1c: add ebx, dword [rbp + 0x18]
   1f: mov eax, ebx
   22: mov rsp, rbp
   25: pop rbp
   26: ret
   27: mov eax, 0x9
   2c: jmp $+0x16
   31: mov ebx, eax
   33: mov rdi, rbp
   36: lea rsi, qword [rip - 0xc]
   3d: and rsp, -0x10
   41: call qword [r14 + 0x30]
   45: mov eax, ebx
   47: mov rsp, qword [r13 + 0x8]
   4b: ret
