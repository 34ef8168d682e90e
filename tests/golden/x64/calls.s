function 0 (253 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x98
   1c: xor ebx, ebx
   1f: mov eax, dword [rbp + 0x10]
   27: mov dword [rsp], eax
   2f: mov rsi, qword [r14 + 0x50]
   37: cmp ebx, dword [rsi + 0x8]
   3f: jnb $+0x79
   45: mov rsi, qword [rsi]
   4d: shl rbx, 0x3
   51: add rsi, rbx
   54: mov rsi, qword [rsi]
   5c: test rsi, rsi
   5f: jz $+0x63
   65: mov ebx, dword [r14 + 0x38]
   6d: cmp ebx, dword [rsi + 0x10]
   75: jnz $+0x57
   7b: mov rax, r14
   7e: mov r14, qword [rsi + 0x8]
   86: mov r15, qword [r14]
   8e: mov rsi, qword [rsi]
   96: call rsi
   99: mov r14, qword [rbp - 0x8]
   a1: mov r15, qword [r14]
   a9: mov ebx, eax
   ac: mov eax, ebx
   af: mov rsp, rbp
   b2: pop rbp
   b3: ret
   b4: mov eax, 0x9
   b9: jmp $+0x37
   be: mov eax, 0x6
   c3: jmp $+0x14
   c8: mov eax, 0x7
   cd: jmp $+0xa
   d2: mov eax, 0x8
   d7: jmp $+0x0
   dc: mov ebx, eax
   de: mov rdi, rbp
   e1: lea rsi, qword [rip - 0xc]
   e8: and rsp, -0x10
   ec: call qword [r14 + 0x30]
   f3: mov eax, ebx
   f5: mov rsp, qword [r13 + 0x8]
   fc: ret

function 1 (99 bytes, calls [CallReloc { offset: 41, callee: 0 }])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x1c
   1c: mov dword [rsp], 0x5
   28: call $+0x0
   2d: mov ebx, eax
   30: mov eax, ebx
   33: mov rsp, rbp
   36: pop rbp
   37: ret
   38: mov eax, 0x9
   3d: jmp $+0x19
   42: mov ebx, eax
   44: mov rdi, rbp
   47: lea rsi, qword [rip - 0xc]
   4e: and rsp, -0x10
   52: call qword [r14 + 0x30]
   59: mov eax, ebx
   5b: mov rsp, qword [r13 + 0x8]
   62: ret
