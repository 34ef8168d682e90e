function 0 (298 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0xd9
   1c: mov rbx, qword [rbp + 0x10]
   20: mov esi, dword [rbp + 0x18]
   23: mov rdi, qword [r14 + 0x58]
   27: cmp esi, dword [rdi + 0x8]
   2a: jnb $+0xcf
   30: mov rdi, qword [rdi]
   33: shl rsi, 0x3
   37: add rdi, rsi
   3a: mov qword [rdi], rbx
   3d: mov rbx, qword [rbp + 0x10]
   41: xor esi, esi
   44: mov rdi, qword [r14 + 0x50]
   48: cmp esi, dword [rdi + 0x8]
   4b: jnb $+0xae
   51: mov rdi, qword [rdi]
   54: shl rsi, 0x3
   58: add rdi, rsi
   5b: mov qword [rdi], rbx
   5e: mov rbx, qword [rbp + 0x10]
   62: mov rsi, qword [r14 + 0x70]
   66: mov qword [rsi], rbx
   69: mov rbx, qword [rbp + 0x10]
   6d: mov rsi, qword [r14 + 0x68]
   71: mov qword [rsi], rbx
   74: mov rbx, qword [r14 + 0x70]
   78: mov qword [rbx], 0x0
   7f: mov rbx, qword [rbp + 0x20]
   83: xor esi, esi
   86: mov rdi, qword [r14 + 0x60]
   8a: cmp esi, dword [rdi + 0x8]
   8d: jnb $+0x6c
   93: mov rdi, qword [rdi]
   96: shl rsi, 0x3
   9a: add rdi, rsi
   9d: mov qword [rdi], rbx
   a0: mov rbx, qword [r14 + 0x48]
   a4: mov esi, 0x1
   aa: mov rdi, qword [r14 + 0x58]
   ae: cmp esi, dword [rdi + 0x8]
   b1: jnb $+0x48
   b7: mov rdi, qword [rdi]
   ba: shl rsi, 0x3
   be: add rdi, rsi
   c1: mov qword [rdi], rbx
   c4: mov rbx, qword [r14 + 0x48]
   c8: mov rsi, qword [r14 + 0x70]
   cc: mov qword [rsi], rbx
   cf: mov rbx, qword [r14 + 0x48]
   d3: xor esi, esi
   d6: mov rdi, qword [r14 + 0x50]
   da: cmp esi, dword [rdi + 0x8]
   dd: jnb $+0x1c
   e3: mov rdi, qword [rdi]
   e6: shl rsi, 0x3
   ea: add rdi, rsi
   ed: mov qword [rdi], rbx
   f0: mov rsp, rbp
   f3: pop rbp
   f4: ret
   f5: mov eax, 0x9
   fa: jmp $+0x23
   ff: mov eax, 0xa
  104: jmp $+0x0
  109: mov ebx, eax
  10b: mov rdi, rbp
  10e: lea rsi, qword [rip - 0xc]
  115: and rsp, -0x10
  119: call qword [r14 + 0x30]
  120: mov eax, ebx
  122: mov rsp, qword [r13 + 0x8]
  129: ret
