function 0 (244 bytes, calls [])
    0: stp x29, x30, [sp, #-0x10]!
    4: mov x29, sp
    8: stp x0, x1, [sp, #-0x10]!
    c: stp x2, x3, [sp, #-0x10]!
   10: stp x4, x5, [sp, #-0x10]!
   14: stp x6, x7, [sp, #-0x10]!
   18: stp x8, x9, [sp, #-0x10]!
   1c: stp x10, x11, [sp, #-0x10]!
   20: stp x12, x13, [sp, #-0x10]!
   24: stp x14, x15, [sp, #-0x10]!
   28: stp x16, x17, [sp, #-0x10]!
   2c: stp q0, q1, [sp, #-0x20]!
   30: stp q2, q3, [sp, #-0x20]!
   34: stp q4, q5, [sp, #-0x20]!
   38: stp q6, q7, [sp, #-0x20]!
   3c: stp q8, q9, [sp, #-0x20]!
   40: stp q10, q11, [sp, #-0x20]!
   44: stp q12, q13, [sp, #-0x20]!
   48: stp q14, q15, [sp, #-0x20]!
   4c: stp q16, q17, [sp, #-0x20]!
   50: stp q18, q19, [sp, #-0x20]!
   54: stp q20, q21, [sp, #-0x20]!
   58: stp q22, q23, [sp, #-0x20]!
   5c: stp q24, q25, [sp, #-0x20]!
   60: stp q26, q27, [sp, #-0x20]!
   64: stp q28, q29, [sp, #-0x20]!
   68: stp q30, q31, [sp, #-0x20]!
   6c: mov x0, x28
   70: ldr w1, [x29, #0x18]
   74: ldr x2, [x29, #0x10]
   78: add x3, x29, #0x20
   7c: ldr x9, [x28, #0x18]
   80: ldr x9, [x9, #0x58]
   84: blr x9
   88: ldp q30, q31, [sp], #0x20
   8c: ldp q28, q29, [sp], #0x20
   90: ldp q26, q27, [sp], #0x20
   94: ldp q24, q25, [sp], #0x20
   98: ldp q22, q23, [sp], #0x20
   9c: ldp q20, q21, [sp], #0x20
   a0: ldp q18, q19, [sp], #0x20
   a4: ldp q16, q17, [sp], #0x20
   a8: ldp q14, q15, [sp], #0x20
   ac: ldp q12, q13, [sp], #0x20
   b0: ldp q10, q11, [sp], #0x20
   b4: ldp q8, q9, [sp], #0x20
   b8: ldp q6, q7, [sp], #0x20
   bc: ldp q4, q5, [sp], #0x20
   c0: ldp q2, q3, [sp], #0x20
   c4: ldp q0, q1, [sp], #0x20
   c8: ldp x16, x17, [sp], #0x10
   cc: ldp x14, x15, [sp], #0x10
   d0: ldp x12, x13, [sp], #0x10
   d4: ldp x10, x11, [sp], #0x10
   d8: ldp x8, x9, [sp], #0x10
   dc: ldp x6, x7, [sp], #0x10
   e0: ldp x4, x5, [sp], #0x10
   e4: ldp x2, x3, [sp], #0x10
   e8: ldp x0, x1, [sp], #0x10
   ec: ldp x29, x30, [sp], #0x10
   f0: ret
