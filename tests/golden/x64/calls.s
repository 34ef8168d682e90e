function 0 (277 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r14]
   16: jb $+0xb0
   1c: xor ebx, ebx
   1f: mov eax, dword [rbp + 0x10]
   27: mov dword [rsp], eax
   2f: mov rsi, qword [r14 + 0x60]
   37: cmp ebx, dword [rsi + 0x8]
   3f: jnb $+0x91
   45: mov rsi, qword [rsi]
   4d: shl rbx, 0x3
   51: add rsi, rbx
   54: mov rsi, qword [rsi]
   5c: test rsi, rsi
   5f: jz $+0x7b
   65: mov ebx, dword [r14 + 0x48]
   6d: cmp ebx, dword [rsi + 0x10]
   75: jnz $+0x6f
   7b: mov rax, r14
   7e: mov r14, qword [rsi + 0x8]
   86: mov rbx, qword [rax]
   8e: mov qword [r14], rbx
   96: mov rbx, qword [rax + 0x8]
   9e: mov qword [r14 + 0x8], rbx
   a6: mov rsi, qword [rsi]
   ae: call rsi
   b1: mov r14, qword [rbp - 0x8]
   b9: mov r15, qword [r14 + 0x10]
   c1: mov ebx, eax
   c4: mov eax, ebx
   c7: mov rsp, rbp
   ca: pop rbp
   cb: ret
   cc: mov eax, 0x9
   d1: jmp $+0x37
   d6: mov eax, 0x6
   db: jmp $+0x14
   e0: mov eax, 0x7
   e5: jmp $+0xa
   ea: mov eax, 0x8
   ef: jmp $+0x0
   f4: mov ebx, eax
   f6: mov rdi, rbp
   f9: lea rsi, qword [rip - 0xc]
  100: and rsp, -0x10
  104: call qword [r14 + 0x40]
  10b: mov eax, ebx
  10d: mov rsp, qword [r14 + 0x8]
  114: ret

function 1 (99 bytes, calls [CallReloc { offset: 41, callee: 0 }])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r14]
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
   52: call qword [r14 + 0x40]
   59: mov eax, ebx
   5b: mov rsp, qword [r14 + 0x8]
   62: ret
