function 0 (256 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x40
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0xa8
   24: stur xzr, [x29, #-0x28]
   28: stur xzr, [x29, #-0x20]
   2c: stur xzr, [x29, #-0x18]
   30: stur xzr, [x29, #-0x10]
   34: mov w16, #0x1
   38: stur w16, [x29, #-0x10]
   3c: mov w16, #0x2
   40: stur w16, [x29, #-0x18]
   44: mov w16, #0x3
   48: stur w16, [x29, #-0x20]
   4c: ldr w25, [x29, #0x10]
   50: ldur w24, [x29, #-0x10]
   54: ldur w23, [x29, #-0x18]
   58: ldur w22, [x29, #-0x20]
   5c: ldur w21, [x29, #-0x28]
   60: cmp w25, #0x0
   64: b.eq $+0x30
   68: stur w24, [x29, #-0x28]
   6c: mov w21, w24
   70: stur w23, [x29, #-0x10]
   74: mov w24, w23
   78: stur w22, [x29, #-0x18]
   7c: mov w23, w22
   80: stur w21, [x29, #-0x20]
   84: mov w22, w21
   88: sub w25, w25, #0x1
   8c: str w25, [x29, #0x10]
   90: b $-0x30
   94: ldur w0, [x29, #-0x10]
   98: mov w16, #0x64
   9c: mul w0, w0, w16
   a0: ldur w1, [x29, #-0x18]
   a4: mov w16, #0xa
   a8: mul w1, w1, w16
   ac: ldur w16, [x29, #-0x20]
   b0: add w1, w1, w16
   b4: add w0, w0, w1
   b8: mov w0, w0
   bc: mov sp, x29
   c0: ldp x29, x30, [sp], #0x10
   c4: ret
   c8: mov w0, #0x9
   cc: b $+0x24
   d0: mov w19, w0
   d4: mov x0, x29
   d8: adr x1, $-0x8
   dc: mov x16, sp
   e0: and sp, x16, #0xfffffffffffffff0
   e4: ldr x17, [x28, #0x30]
   e8: blr x17
   ec: mov w0, w19
   f0: ldr x16, [x26, #0x8]
   f4: ldr x17, [x16]
   f8: add sp, x16, #0x10
   fc: br x17
