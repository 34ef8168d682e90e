function 0 (128 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x28
   24: ldr w0, [x29, #0x10]
   28: mov x17, #0x7
   2c: add x16, x0, #0x10
   30: str x17, [x27, x16]
   34: mov x16, #0x408
   38: ldr x0, [x27, x16]
   3c: mov sp, x29
   40: ldp x29, x30, [sp], #0x10
   44: ret
   48: mov w0, #0x9
   4c: b $+0x24
   50: mov w19, w0
   54: mov x0, x29
   58: adr x1, $-0x8
   5c: mov x16, sp
   60: and sp, x16, #0xfffffffffffffff0
   64: ldr x17, [x28, #0x30]
   68: blr x17
   6c: mov w0, w19
   70: ldr x16, [x26, #0x8]
   74: ldr x17, [x16]
   78: add sp, x16, #0x10
   7c: br x17
