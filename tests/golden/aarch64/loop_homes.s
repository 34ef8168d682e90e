function 0 (260 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x40
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0xac
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
   64: b.ne $+0x1c
   68: str w25, [x29, #0x10]
   6c: stur w24, [x29, #-0x10]
   70: stur w23, [x29, #-0x18]
   74: stur w22, [x29, #-0x20]
   78: stur w21, [x29, #-0x28]
   7c: b $+0x1c
   80: mov w21, w24
   84: mov w24, w23
   88: mov w23, w22
   8c: mov w22, w21
   90: sub w25, w25, #0x1
   94: b $-0x34
   98: ldur w0, [x29, #-0x10]
   9c: mov w16, #0x64
   a0: mul w0, w0, w16
   a4: ldur w1, [x29, #-0x18]
   a8: mov w16, #0xa
   ac: mul w1, w1, w16
   b0: ldur w16, [x29, #-0x20]
   b4: add w1, w1, w16
   b8: add w0, w0, w1
   bc: mov w0, w0
   c0: mov sp, x29
   c4: ldp x29, x30, [sp], #0x10
   c8: ret
   cc: mov w0, #0x9
   d0: b $+0x24
   d4: mov w19, w0
   d8: mov x0, x29
   dc: adr x1, $-0x8
   e0: mov x16, sp
   e4: and sp, x16, #0xfffffffffffffff0
   e8: ldr x17, [x28, #0x30]
   ec: blr x17
   f0: mov w0, w19
   f4: ldr x16, [x26, #0x8]
   f8: ldr x17, [x16]
   fc: add sp, x16, #0x10
  100: br x17
