function 0 (228 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x74
   24: mov w0, #0x0
   28: ldr w16, [x29, #0x10]
   2c: str w16, [sp]
   30: ldr x1, [x28, #0x58]
   34: ldr w16, [x1, #0x8]
   38: cmp w0, w16
   3c: b.hs $+0x60
   40: ldr x1, [x1]
   44: lsl x0, x0, #0x3
   48: add x1, x1, x0
   4c: ldr x1, [x1]
   50: cbz x1, $+0x54
   54: ldr w0, [x28, #0x40]
   58: ldr w16, [x1, #0x10]
   5c: cmp w0, w16
   60: b.ne $+0x4c
   64: mov x15, x28
   68: ldr x28, [x1, #0x8]
   6c: ldr x27, [x28]
   70: ldr x1, [x1]
   74: blr x1
   78: ldur x28, [x29, #-0x8]
   7c: ldr x27, [x28]
   80: mov w0, w0
   84: mov w0, w0
   88: mov sp, x29
   8c: ldp x29, x30, [sp], #0x10
   90: ret
   94: mov w0, #0x9
   98: b $+0x3c
   9c: mov w0, #0x6
   a0: b $+0x14
   a4: mov w0, #0x7
   a8: b $+0xc
   ac: mov w0, #0x8
   b0: b $+0x4
   b4: mov w19, w0
   b8: mov x0, x29
   bc: adr x1, $-0x8
   c0: mov x16, sp
   c4: and sp, x16, #0xfffffffffffffff0
   c8: ldr x17, [x28, #0x30]
   cc: blr x17
   d0: mov w0, w19
   d4: ldr x16, [x26, #0x8]
   d8: ldr x17, [x16]
   dc: add sp, x16, #0x10
   e0: br x17

function 1 (124 bytes, calls [CallReloc { offset: 44, callee: 0 }])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x26]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x24
   24: mov w16, #0x5
   28: str w16, [sp]
   2c: bl $+0x0
   30: mov w0, w0
   34: mov w0, w0
   38: mov sp, x29
   3c: ldp x29, x30, [sp], #0x10
   40: ret
   44: mov w0, #0x9
   48: b $+0x24
   4c: mov w19, w0
   50: mov x0, x29
   54: adr x1, $-0x8
   58: mov x16, sp
   5c: and sp, x16, #0xfffffffffffffff0
   60: ldr x17, [x28, #0x30]
   64: blr x17
   68: mov w0, w19
   6c: ldr x16, [x26, #0x8]
   70: ldr x17, [x16]
   74: add sp, x16, #0x10
   78: br x17
