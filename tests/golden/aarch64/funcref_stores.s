function 0 (356 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x104
   24: ldr x0, [x29, #0x10]
   28: ldr w1, [x29, #0x18]
   2c: ldr x2, [x28, #0x58]
   30: ldr w16, [x2, #0x8]
   34: cmp w1, w16
   38: b.hs $+0xf4
   3c: ldr x2, [x2]
   40: lsl x1, x1, #0x3
   44: add x2, x2, x1
   48: str x0, [x2]
   4c: ldr x0, [x29, #0x10]
   50: mov w1, #0x0
   54: ldr x2, [x28, #0x50]
   58: ldr w16, [x2, #0x8]
   5c: cmp w1, w16
   60: b.hs $+0xcc
   64: ldr x2, [x2]
   68: lsl x1, x1, #0x3
   6c: add x2, x2, x1
   70: str x0, [x2]
   74: ldr x0, [x29, #0x10]
   78: ldr x1, [x28, #0x70]
   7c: str x0, [x1]
   80: ldr x0, [x29, #0x10]
   84: ldr x1, [x28, #0x68]
   88: str x0, [x1]
   8c: ldr x0, [x28, #0x70]
   90: str xzr, [x0]
   94: ldr x0, [x29, #0x20]
   98: mov w1, #0x0
   9c: ldr x2, [x28, #0x60]
   a0: ldr w16, [x2, #0x8]
   a4: cmp w1, w16
   a8: b.hs $+0x84
   ac: ldr x2, [x2]
   b0: lsl x1, x1, #0x3
   b4: add x2, x2, x1
   b8: str x0, [x2]
   bc: ldr x0, [x28, #0x48]
   c0: mov w1, #0x1
   c4: ldr x2, [x28, #0x58]
   c8: ldr w16, [x2, #0x8]
   cc: cmp w1, w16
   d0: b.hs $+0x5c
   d4: ldr x2, [x2]
   d8: lsl x1, x1, #0x3
   dc: add x2, x2, x1
   e0: str x0, [x2]
   e4: ldr x0, [x28, #0x48]
   e8: ldr x1, [x28, #0x70]
   ec: str x0, [x1]
   f0: ldr x0, [x28, #0x48]
   f4: mov w1, #0x0
   f8: ldr x2, [x28, #0x50]
   fc: ldr w16, [x2, #0x8]
  100: cmp w1, w16
  104: b.hs $+0x28
  108: ldr x2, [x2]
  10c: lsl x1, x1, #0x3
  110: add x2, x2, x1
  114: str x0, [x2]
  118: mov sp, x29
  11c: ldp x29, x30, [sp], #0x10
  120: ret
  124: mov w0, #0x9
  128: b $+0x2c
  12c: mov w0, #0xa
  130: b $+0x4
  134: mov w19, w0
  138: mov x0, x29
  13c: adr x1, $-0x8
  140: mov x16, sp
  144: and sp, x16, #0xfffffffffffffff0
  148: ldr x17, [x28, #0x30]
  14c: blr x17
  150: mov w0, w19
  154: ldr x16, [x26, #0x8]
  158: ldr x17, [x16]
  15c: add sp, x16, #0x10
  160: br x17
