function 0 (230 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x8b
   1c: movsd xmm1, qword [rbp + 0x18]
   26: movsd xmm2, qword [rbp + 0x10]
   30: ucomisd xmm2, xmm1
   35: jp $+0x19
   3b: jnz $+0x9
   41: orps xmm2, xmm1
   45: jmp $+0xf
   4a: minsd xmm2, xmm1
   4f: jmp $+0x5
   54: addsd xmm2, xmm1
   59: ucomisd xmm2, xmm2
   5e: jp $+0x4d
   64: cvttsd2si ebx, xmm2
   69: cmp ebx, -0x80000000
   70: jnz $+0x29
   76: mov rax, -0x3e1fffffffe00000
   80: movq xmm15, rax
   85: ucomisd xmm2, xmm15
   8a: jna $+0x2b
   90: xorps xmm15, xmm15
   94: ucomisd xmm2, xmm15
   99: jnb $+0x1c
   9f: mov eax, ebx
   a2: mov rsp, rbp
   a5: pop rbp
   a6: ret
   a7: mov eax, 0x9
   ac: jmp $+0x2d
   b1: mov eax, 0x4
   b6: jmp $+0xa
   bb: mov eax, 0x3
   c0: jmp $+0x0
   c5: mov ebx, eax
   c7: mov rdi, rbp
   ca: lea rsi, qword [rip - 0xc]
   d1: and rsp, -0x10
   d5: call qword [r14 + 0x30]
   dc: mov eax, ebx
   de: mov rsp, qword [r13 + 0x8]
   e5: ret
