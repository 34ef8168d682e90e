function 0 (240 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x28]
   18: mov x17, sp
   1c: cmp x17, x16
   20: b.lo $+0x80
   24: mov w0, #0x0
   28: ldr w16, [x29, #0x10]
   2c: str w16, [sp]
   30: ldr x1, [x28, #0x60]
   34: ldr w16, [x1, #0x8]
   38: cmp w0, w16
   3c: b.hs $+0x6c
   40: ldr x1, [x1]
   44: lsl x0, x0, #0x3
   48: add x1, x1, x0
   4c: ldr x1, [x1]
   50: cbz x1, $+0x60
   54: ldr w0, [x28, #0x48]
   58: ldr w16, [x1, #0x10]
   5c: cmp w0, w16
   60: b.ne $+0x58
   64: mov x15, x28
   68: ldr x28, [x1, #0x8]
   6c: ldr x0, [x15]
   70: str x0, [x28]
   74: ldr x0, [x15, #0x8]
   78: str x0, [x28, #0x8]
   7c: ldr x1, [x1]
   80: blr x1
   84: ldur x28, [x29, #-0x8]
   88: ldr x27, [x28, #0x10]
   8c: mov w0, w0
   90: mov w0, w0
   94: mov sp, x29
   98: ldp x29, x30, [sp], #0x10
   9c: ret
   a0: mov w0, #0x9
   a4: b $+0x3c
   a8: mov w0, #0x6
   ac: b $+0x14
   b0: mov w0, #0x7
   b4: b $+0xc
   b8: mov w0, #0x8
   bc: b $+0x4
   c0: mov w19, w0
   c4: mov x0, x29
   c8: adr x1, $-0x8
   cc: mov x16, sp
   d0: and sp, x16, #0xfffffffffffffff0
   d4: ldr x17, [x28, #0x40]
   d8: blr x17
   dc: mov w0, w19
   e0: ldr x16, [x28, #0x8]
   e4: ldr x17, [x16]
   e8: add sp, x16, #0x10
   ec: br x17

function 1 (124 bytes, calls [CallReloc { offset: 44, callee: 0 }])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: sub sp, sp, #0x0, lsl #12
    c: sub sp, sp, #0x20
   10: stur x28, [x29, #-0x8]
   14: ldr x16, [x28]
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
   60: ldr x17, [x28, #0x40]
   64: blr x17
   68: mov w0, w19
   6c: ldr x16, [x28, #0x8]
   70: ldr x17, [x16]
   74: add sp, x16, #0x10
   78: br x17
