function 0 (172 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x54
   24: stur xzr, [x29, #-0x10]
   28: ldr w25, [x29, #0x10]
   2c: ldur x24, [x29, #-0x10]
   30: cmp w25, #0x0
   34: b.eq $+0x30
   38: mov w0, w25
   3c: mov w0, w0
   40: mov x1, x24
   44: add x1, x1, x0
   48: stur x1, [x29, #-0x10]
   4c: mov x24, x1
   50: mov w0, w25
   54: sub w0, w0, #0x1
   58: str w0, [x29, #0x10]
   5c: mov w25, w0
   60: b $-0x30
   64: ldur x0, [x29, #-0x10]
   68: mov sp, x29
   6c: ldp x29, x30, [sp], #0x10
   70: ret
   74: mov w0, #0x9
   78: b $+0x24
   7c: mov w19, w0
   80: mov x0, x29
   84: adr x1, $-0x8
   88: mov x16, sp
   8c: and sp, x16, #0xfffffffffffffff0
   90: ldr x17, [x28, #0x30]
   94: blr x17
   98: mov w0, w19
   9c: ldr x16, [x26, #0x8]
   a0: ldr x17, [x16]
   a4: add sp, x16, #0x10
   a8: br x17
