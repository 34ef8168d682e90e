function 0 (156 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x44
   24: stur xzr, [x29, #-0x10]
   28: ldr w25, [x29, #0x10]
   2c: ldur x24, [x29, #-0x10]
   30: cmp w25, #0x0
   34: b.eq $+0x20
   38: mov w0, w25
   3c: mov w0, w0
   40: add x24, x24, x0
   44: stur x24, [x29, #-0x10]
   48: sub w25, w25, #0x1
   4c: str w25, [x29, #0x10]
   50: b $-0x20
   54: ldur x0, [x29, #-0x10]
   58: mov sp, x29
   5c: ldp x29, x30, [sp], #0x10
   60: ret
   64: mov w0, #0x9
   68: b $+0x24
   6c: mov w19, w0
   70: mov x0, x29
   74: adr x1, $-0x8
   78: mov x16, sp
   7c: and sp, x16, #0xfffffffffffffff0
   80: ldr x17, [x28, #0x30]
   84: blr x17
   88: mov w0, w19
   8c: ldr x16, [x26, #0x8]
   90: ldr x17, [x16]
   94: add sp, x16, #0x10
   98: br x17
