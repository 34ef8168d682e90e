function 0 (264 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x40
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0xb0
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
   64: b.eq $+0x38
   68: stur w24, [x29, #-0x28]
   6c: mov w21, w24
   70: stur w23, [x29, #-0x10]
   74: mov w24, w23
   78: stur w22, [x29, #-0x18]
   7c: mov w23, w22
   80: stur w21, [x29, #-0x20]
   84: mov w22, w21
   88: mov w0, w25
   8c: sub w0, w0, #0x1
   90: str w0, [x29, #0x10]
   94: mov w25, w0
   98: b $-0x38
   9c: ldur w0, [x29, #-0x10]
   a0: mov w16, #0x64
   a4: mul w0, w0, w16
   a8: ldur w1, [x29, #-0x18]
   ac: mov w16, #0xa
   b0: mul w1, w1, w16
   b4: ldur w16, [x29, #-0x20]
   b8: add w1, w1, w16
   bc: add w0, w0, w1
   c0: mov w0, w0
   c4: mov sp, x29
   c8: ldp x29, x30, [sp], #0x10
   cc: ret
   d0: mov w0, #0x9
   d4: b $+0x24
   d8: mov w19, w0
   dc: mov x0, x29
   e0: adr x1, $-0x8
   e4: mov x16, sp
   e8: and sp, x16, #0xfffffffffffffff0
   ec: ldr x17, [x28, #0x30]
   f0: blr x17
   f4: mov w0, w19
   f8: ldr x16, [x26, #0x8]
   fc: ldr x17, [x16]
  100: add sp, x16, #0x10
  104: br x17
