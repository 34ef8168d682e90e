function 0 (164 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x4c
   24: ldr x0, [x29, #0x18]
   28: sub x0, x0, #0x3, lsl #12
   2c: mov x16, #0x0
   30: str x0, [x27, x16]
   34: ldr w0, [x29, #0x10]
   38: cmp w0, #0x5, lsl #12
   3c: b.hs $+0x10
   40: mov w16, #0x1000
   44: movk w16, #0xfff8, lsl #16
   48: str w16, [x29, #0x10]
   4c: ldr w0, [x29, #0x10]
   50: add x16, x0, #0x2, lsl #12
   54: ldr w0, [x27, x16]
   58: add w0, w0, #0x7f, lsl #12
   5c: mov w0, w0
   60: mov sp, x29
   64: ldp x29, x30, [sp], #0x10
   68: ret
   6c: mov w0, #0x9
   70: b $+0x24
   74: mov w19, w0
   78: mov x0, x29
   7c: adr x1, $-0x8
   80: mov x16, sp
   84: and sp, x16, #0xfffffffffffffff0
   88: ldr x17, [x28, #0x30]
   8c: blr x17
   90: mov w0, w19
   94: ldr x16, [x26, #0x8]
   98: ldr x17, [x16]
   9c: add sp, x16, #0x10
   a0: br x17
