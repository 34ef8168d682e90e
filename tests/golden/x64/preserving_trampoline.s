function 0 (401 bytes, calls [])
    0: push rax
    1: push rcx
    2: push rdx
    3: push rsi
    4: push rdi
    5: push r8
    7: push r9
    9: push r10
    b: push r11
    d: sub rsp, 0x100
   14: movdqu xmmword [rsp], xmm0
   1e: movdqu xmmword [rsp + 0x10], xmm1
   28: movdqu xmmword [rsp + 0x20], xmm2
   32: movdqu xmmword [rsp + 0x30], xmm3
   3c: movdqu xmmword [rsp + 0x40], xmm4
   46: movdqu xmmword [rsp + 0x50], xmm5
   50: movdqu xmmword [rsp + 0x60], xmm6
   5a: movdqu xmmword [rsp + 0x70], xmm7
   64: movdqu xmmword [rsp + 0x80], xmm8
   6e: movdqu xmmword [rsp + 0x90], xmm9
   78: movdqu xmmword [rsp + 0xa0], xmm10
   82: movdqu xmmword [rsp + 0xb0], xmm11
   8c: movdqu xmmword [rsp + 0xc0], xmm12
   96: movdqu xmmword [rsp + 0xd0], xmm13
   a0: movdqu xmmword [rsp + 0xe0], xmm14
   aa: movdqu xmmword [rsp + 0xf0], xmm15
   b4: mov rdi, r14
   b7: mov esi, dword [rsp + 0x150]
   be: mov rdx, qword [rsp + 0x158]
   c6: lea rcx, qword [rsp + 0x160]
   ce: mov rax, qword [r14 + 0x18]
   d6: call qword [rax + 0x58]
   dc: movdqu xmm0, xmmword [rsp]
   e6: movdqu xmm1, xmmword [rsp + 0x10]
   f0: movdqu xmm2, xmmword [rsp + 0x20]
   fa: movdqu xmm3, xmmword [rsp + 0x30]
  104: movdqu xmm4, xmmword [rsp + 0x40]
  10e: movdqu xmm5, xmmword [rsp + 0x50]
  118: movdqu xmm6, xmmword [rsp + 0x60]
  122: movdqu xmm7, xmmword [rsp + 0x70]
  12c: movdqu xmm8, xmmword [rsp + 0x80]
  136: movdqu xmm9, xmmword [rsp + 0x90]
  140: movdqu xmm10, xmmword [rsp + 0xa0]
  14a: movdqu xmm11, xmmword [rsp + 0xb0]
  154: movdqu xmm12, xmmword [rsp + 0xc0]
  15e: movdqu xmm13, xmmword [rsp + 0xd0]
  168: movdqu xmm14, xmmword [rsp + 0xe0]
  172: movdqu xmm15, xmmword [rsp + 0xf0]
  17c: add rsp, 0x100
  183: pop r11
  185: pop r10
  187: pop r9
  189: pop r8
  18b: pop rdi
  18c: pop rsi
  18d: pop rdx
  18e: pop rcx
  18f: pop rax
  190: ret
