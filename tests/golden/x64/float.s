function 0 (220 bytes, calls [])
    0: push rbp
    1: mov rbp, rsp
    4: sub rsp, 0x20
    b: mov qword [rbp - 0x8], r14
    f: cmp rsp, qword [r13]
   16: jb $+0x81
   1c: movsd xmm1, qword [rbp + 0x18]
   21: movsd xmm2, qword [rbp + 0x10]
   26: ucomisd xmm2, xmm1
   2b: jp $+0x19
   31: jnz $+0x9
   37: orps xmm2, xmm1
   3b: jmp $+0xf
   40: minsd xmm2, xmm1
   45: jmp $+0x5
   4a: addsd xmm2, xmm1
   4f: ucomisd xmm2, xmm2
   54: jp $+0x4d
   5a: cvttsd2si ebx, xmm2
   5f: cmp ebx, -0x80000000
   66: jnz $+0x29
   6c: mov rax, -0x3e1fffffffe00000
   76: movq xmm15, rax
   7b: ucomisd xmm2, xmm15
   80: jna $+0x2b
   86: xorps xmm15, xmm15
   8a: ucomisd xmm2, xmm15
   8f: jnb $+0x1c
   95: mov eax, ebx
   98: mov rsp, rbp
   9b: pop rbp
   9c: ret
   9d: mov eax, 0x9
   a2: jmp $+0x2d
   a7: mov eax, 0x4
   ac: jmp $+0xa
   b1: mov eax, 0x3
   b6: jmp $+0x0
   bb: mov ebx, eax
   bd: mov rdi, rbp
   c0: lea rsi, qword [rip - 0xc]
   c7: and rsp, -0x10
   cb: call qword [r14 + 0x30]
   d2: mov eax, ebx
   d4: mov rsp, qword [r13 + 0x8]
   db: ret
