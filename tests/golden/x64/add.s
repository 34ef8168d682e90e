function 0 (95 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x18
   1c: mov ebx, dword [rbp + 0x10]
   24: add ebx, dword [rbp + 0x18]
   2c: mov eax, ebx
   2f: mov rsp, rbp
   32: pop rbp
   33: ret
   34: mov eax, 0x9
   39: jmp $+0x19
   3e: mov ebx, eax
   40: mov rdi, rbp
   43: lea rsi, qword [rip - 0xc]
   4a: and rsp, -0x10
   4e: call qword [r14 + 0x30]
   55: mov eax, ebx
   57: mov rsp, qword [r13 + 0x8]
   5e: ret
