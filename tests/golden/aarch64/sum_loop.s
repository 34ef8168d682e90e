function 0 (160 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x48
   24: stur xzr, [x29, #-0x10]
   28: ldr w25, [x29, #0x10]
   2c: ldur x24, [x29, #-0x10]
   30: cmp w25, #0x0
   34: b.ne $+0x10
   38: str w25, [x29, #0x10]
   3c: stur x24, [x29, #-0x10]
   40: b $+0x18
   44: mov w0, w25
   48: mov w0, w0
   4c: add x24, x24, x0
   50: sub w25, w25, #0x1
   54: b $-0x24
   58: ldur x0, [x29, #-0x10]
   5c: mov sp, x29
   60: ldp x29, x30, [sp], #0x10
   64: ret
   68: mov w0, #0x9
   6c: b $+0x24
   70: mov w19, w0
   74: mov x0, x29
   78: adr x1, $-0x8
   7c: mov x16, sp
   80: and sp, x16, #0xfffffffffffffff0
   84: ldr x17, [x28, #0x30]
   88: blr x17
   8c: mov w0, w19
   90: ldr x16, [x26, #0x8]
   94: ldr x17, [x16]
   98: add sp, x16, #0x10
   9c: br x17
