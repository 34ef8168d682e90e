function 0 (125 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0x3f
   19: xorps xmm0, xmm0
   1d: movq qword [rbp - 0x10], xmm0
   22: mov r12d, dword [rbp + 0x10]
   26: mov r11, qword [rbp - 0x10]
   2a: test r12d, r12d
   2d: jnz $+0xd
   33: mov dword [rbp + 0x10], r12d
   37: mov qword [rbp - 0x10], r11
   3b: jmp $+0xf
   40: mov ebx, r12d
   43: mov ebx, ebx
   46: add r11, rbx
   49: sub r12d, 0x1
   4d: jmp $-0x25
   4f: mov rax, qword [rbp - 0x10]
   53: mov rsp, rbp
   56: pop rbp
   57: ret
   58: mov eax, 0x9
   5d: jmp $+0x16
   62: mov ebx, eax
   64: mov rdi, rbp
   67: lea rsi, qword [rip - 0xc]
   6e: and rsp, -0x10
   72: call qword [r14 + 0x30]
   76: mov eax, ebx
   78: mov rsp, qword [r13 + 0x8]
   7c: ret
