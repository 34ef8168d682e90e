function 0 (211 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   13: jb $+0x81
   19: movsd xmm1, qword [rbp + 0x18]
   1e: movsd xmm2, qword [rbp + 0x10]
   23: ucomisd xmm2, xmm1
   28: jp $+0x19
   2e: jnz $+0x9
   34: orps xmm2, xmm1
   38: jmp $+0xf
   3d: minsd xmm2, xmm1
   42: jmp $+0x5
   47: addsd xmm2, xmm1
   4c: ucomisd xmm2, xmm2
   51: jp $+0x4d
   57: cvttsd2si ebx, xmm2
   5c: cmp ebx, -0x80000000
   63: jnz $+0x29
   69: mov rax, -0x3e1fffffffe00000
   73: movq xmm15, rax
   78: ucomisd xmm2, xmm15
   7d: jna $+0x2b
   83: xorps xmm15, xmm15
   87: ucomisd xmm2, xmm15
   8c: jnb $+0x1c
   92: mov eax, ebx
   95: mov rsp, rbp
   98: pop rbp
   99: ret
   9a: mov eax, 0x9
   9f: jmp $+0x2a
   a4: mov eax, 0x4
   a9: jmp $+0xa
   ae: mov eax, 0x3
   b3: jmp $+0x0
   b8: mov ebx, eax
   ba: mov rdi, rbp
   bd: lea rsi, qword [rip - 0xc]
   c4: and rsp, -0x10
   c8: call qword [r14 + 0x30]
   cc: mov eax, ebx
   ce: mov rsp, qword [r13 + 0x8]
   d2: ret
