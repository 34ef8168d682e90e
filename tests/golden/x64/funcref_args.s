function 0 (305 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x30
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0xd5
   19: mov dword [rsp], 0x1
   20: mov rax, qword [rbp + 0x10]
   24: mov qword [rsp + 0x8], rax
   29: mov rbx, qword [r14 + 0x48]
   2d: cmp dword [r14 + 0x14], 0x0
   32: jz $+0x81
   38: mov rax, r14
   3b: mov r14, qword [rbx + 0x8]
   3f: mov r15, qword [r14]
   42: mov rbx, qword [rbx]
   45: call rbx
   48: mov r14, qword [rbp - 0x8]
   4c: mov r15, qword [r14]
   4f: xor ebx, ebx
   52: mov dword [rsp], 0x2
   59: mov rax, qword [rbp + 0x10]
   5d: mov qword [rsp + 0x8], rax
   62: mov rsi, qword [r14 + 0x58]
   66: cmp ebx, dword [rsi + 0x8]
   69: jnb $+0x89
   6f: mov rsi, qword [rsi]
   72: shl rbx, 0x3
   76: add rsi, rbx
   79: mov rsi, qword [rsi]
   7c: test rsi, rsi
   7f: jz $+0x7d
   85: mov ebx, dword [r14 + 0x40]
   89: cmp ebx, dword [rsi + 0x10]
   8c: jnz $+0x7a
   92: cmp dword [r14 + 0x14], 0x0
   97: jz $+0x35
   9d: mov rax, r14
   a0: mov r14, qword [rsi + 0x8]
   a4: mov r15, qword [r14]
   a7: mov rsi, qword [rsi]
   aa: call rsi
   ad: mov r14, qword [rbp - 0x8]
   b1: mov r15, qword [r14]
   b4: mov rsp, rbp
   b7: pop rbp
   b8: ret
   b9: push rbx
   bb: push 0x0
   c0: call qword [r14 + 0x38]
   c8: lea rsp, qword [rsp + 0x10]
   cd: jmp $-0x9a
   d2: cmp r14, qword [rsi + 0x8]
   d6: jz $-0x3b
   d8: push rsi
   da: push 0x0
   df: call qword [r14 + 0x38]
   e7: lea rsp, qword [rsp + 0x10]
   ec: jmp $-0x51
   ee: mov eax, 0x9
   f3: jmp $+0x34
   f8: mov eax, 0x6
   fd: jmp $+0x14
  102: mov eax, 0x7
  107: jmp $+0xa
  10c: mov eax, 0x8
  111: jmp $+0x0
  116: mov ebx, eax
  118: mov rdi, rbp
  11b: lea rsi, qword [rip - 0xc]
  122: and rsp, -0x10
  126: call qword [r14 + 0x30]
  12a: mov eax, ebx
  12c: mov rsp, qword [r13 + 0x8]
  130: ret
