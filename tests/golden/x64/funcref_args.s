function 0 (314 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x30
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0xd5
   1c: mov dword [rsp], 0x1
   23: mov rax, qword [rbp + 0x10]
   27: mov qword [rsp + 0x8], rax
   2c: mov rbx, qword [r14 + 0x48]
   30: cmp dword [r14 + 0x14], 0x0
   35: jz $+0x81
   3b: mov rax, r14
   3e: mov r14, qword [rbx + 0x8]
   42: mov r15, qword [r14]
   45: mov rbx, qword [rbx]
   48: call rbx
   4b: mov r14, qword [rbp - 0x8]
   4f: mov r15, qword [r14]
   52: xor ebx, ebx
   55: mov dword [rsp], 0x2
   5c: mov rax, qword [rbp + 0x10]
   60: mov qword [rsp + 0x8], rax
   65: mov rsi, qword [r14 + 0x58]
   69: cmp ebx, dword [rsi + 0x8]
   6c: jnb $+0x89
   72: mov rsi, qword [rsi]
   75: shl rbx, 0x3
   79: add rsi, rbx
   7c: mov rsi, qword [rsi]
   7f: test rsi, rsi
   82: jz $+0x7d
   88: mov ebx, dword [r14 + 0x40]
   8c: cmp ebx, dword [rsi + 0x10]
   8f: jnz $+0x7a
   95: cmp dword [r14 + 0x14], 0x0
   9a: jz $+0x35
   a0: mov rax, r14
   a3: mov r14, qword [rsi + 0x8]
   a7: mov r15, qword [r14]
   aa: mov rsi, qword [rsi]
   ad: call rsi
   b0: mov r14, qword [rbp - 0x8]
   b4: mov r15, qword [r14]
   b7: mov rsp, rbp
   ba: pop rbp
   bb: ret
   bc: push rbx
   be: push 0x0
   c3: call qword [r14 + 0x38]
   cb: lea rsp, qword [rsp + 0x10]
   d0: jmp $-0x9a
   d5: cmp r14, qword [rsi + 0x8]
   d9: jz $-0x3b
   db: push rsi
   dd: push 0x0
   e2: call qword [r14 + 0x38]
   ea: lea rsp, qword [rsp + 0x10]
   ef: jmp $-0x51
   f1: mov eax, 0x9
   f6: jmp $+0x37
   fb: mov eax, 0x6
  100: jmp $+0x14
  105: mov eax, 0x7
  10a: jmp $+0xa
  10f: mov eax, 0x8
  114: jmp $+0x0
  119: mov ebx, eax
  11b: mov rdi, rbp
  11e: lea rsi, qword [rip - 0xc]
  125: and rsp, -0x10
  129: call qword [r14 + 0x30]
  130: mov eax, ebx
  132: mov rsp, qword [r13 + 0x8]
  139: ret
