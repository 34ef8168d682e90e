function 0 (289 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0xd9
   19: mov rbx, qword [rbp + 0x10]
   1d: mov esi, dword [rbp + 0x18]
   20: mov rdi, qword [r14 + 0x58]
   24: cmp esi, dword [rdi + 0x8]
   27: jnb $+0xcf
   2d: mov rdi, qword [rdi]
   30: shl rsi, 0x3
   34: add rdi, rsi
   37: mov qword [rdi], rbx
   3a: mov rbx, qword [rbp + 0x10]
   3e: xor esi, esi
   41: mov rdi, qword [r14 + 0x50]
   45: cmp esi, dword [rdi + 0x8]
   48: jnb $+0xae
   4e: mov rdi, qword [rdi]
   51: shl rsi, 0x3
   55: add rdi, rsi
   58: mov qword [rdi], rbx
   5b: mov rbx, qword [rbp + 0x10]
   5f: mov rsi, qword [r14 + 0x70]
   63: mov qword [rsi], rbx
   66: mov rbx, qword [rbp + 0x10]
   6a: mov rsi, qword [r14 + 0x68]
   6e: mov qword [rsi], rbx
   71: mov rbx, qword [r14 + 0x70]
   75: mov qword [rbx], 0x0
   7c: mov rbx, qword [rbp + 0x20]
   80: xor esi, esi
   83: mov rdi, qword [r14 + 0x60]
   87: cmp esi, dword [rdi + 0x8]
   8a: jnb $+0x6c
   90: mov rdi, qword [rdi]
   93: shl rsi, 0x3
   97: add rdi, rsi
   9a: mov qword [rdi], rbx
   9d: mov rbx, qword [r14 + 0x48]
   a1: mov esi, 0x1
   a7: mov rdi, qword [r14 + 0x58]
   ab: cmp esi, dword [rdi + 0x8]
   ae: jnb $+0x48
   b4: mov rdi, qword [rdi]
   b7: shl rsi, 0x3
   bb: add rdi, rsi
   be: mov qword [rdi], rbx
   c1: mov rbx, qword [r14 + 0x48]
   c5: mov rsi, qword [r14 + 0x70]
   c9: mov qword [rsi], rbx
   cc: mov rbx, qword [r14 + 0x48]
   d0: xor esi, esi
   d3: mov rdi, qword [r14 + 0x50]
   d7: cmp esi, dword [rdi + 0x8]
   da: jnb $+0x1c
   e0: mov rdi, qword [rdi]
   e3: shl rsi, 0x3
   e7: add rdi, rsi
   ea: mov qword [rdi], rbx
   ed: mov rsp, rbp
   f0: pop rbp
   f1: ret
   f2: mov eax, 0x9
   f7: jmp $+0x20
   fc: mov eax, 0xa
  101: jmp $+0x0
  106: mov ebx, eax
  108: mov rdi, rbp
  10b: lea rsi, qword [rip - 0xc]
  112: and rsp, -0x10
  116: call qword [r14 + 0x30]
  11a: mov eax, ebx
  11c: mov rsp, qword [r13 + 0x8]
  120: ret
