function 0 (156 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x10
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x3c
   24: mov x0, x28
   28: ldr x2, [x28, #0x18]
   2c: ldr x2, [x2, #0x50]
   30: blr x2
   34: cbz x0, $+0x30
   38: mov sp, x29
   3c: ldp x29, x30, [sp], #0x10
   40: br x0
   44: mov w1, #0x1
   48: b $-0x48
   4c: mov w1, #0x2
   50: b $-0x50
   54: mov w1, #0x3
   58: b $-0x58
   5c: mov w0, #0x9
   60: b $+0x2c
   64: mov w0, #0xb
   68: b $+0x4
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
