function 0 (184 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x50
   24: ldr d0, [x29, #0x18]
   28: ldr d1, [x29, #0x10]
   2c: fmin d1, d1, d0
   30: fcmp d1, d1
   34: b.vs $+0x44
   38: mov x17, #0x200000
   3c: movk x17, #0xc1e0, lsl #48
   40: fmov d31, x17
   44: fcmp d1, d31
   48: b.le $+0x38
   4c: mov x17, #0x41e0000000000000
   50: fmov d31, x17
   54: fcmp d1, d31
   58: b.ge $+0x28
   5c: fcvtzs w0, d1
   60: mov w0, w0
   64: mov sp, x29
   68: ldp x29, x30, [sp], #0x10
   6c: ret
   70: mov w0, #0x9
   74: b $+0x34
   78: mov w0, #0x4
   7c: b $+0xc
   80: mov w0, #0x3
   84: b $+0x4
   88: mov w19, w0
   8c: mov x0, x29
   90: adr x1, $-0x8
   94: mov x16, sp
   98: and sp, x16, #0xfffffffffffffff0
   9c: ldr x17, [x28, #0x30]
   a0: blr x17
   a4: mov w0, w19
   a8: ldr x16, [x26, #0x8]
   ac: ldr x17, [x16]
   b0: add sp, x16, #0x10
   b4: br x17
