#!/usr/bin/env python3
"""Writes shared_local_reads.wast (next to this file): see the comment at its top."""
import math, os, struct
M32=(1<<32)-1; M64=(1<<64)-1
def s(v,w): v&=(1<<w)-1; return v-(1<<w) if v>>(w-1) else v
def f32(x): return struct.unpack('<f',struct.pack('<f',x))[0]
def tdiv(a,b): q=abs(a)//abs(b); return q if (a<0)==(b<0) else -q
def iop(op,a,b,w):
    m=(1<<w)-1; a&=m; b&=m; sa,sb=s(a,w),s(b,w)
    r={'add':a+b,'sub':a-b,'mul':a*b,'and':a&b,'or':a|b,'xor':a^b,
       'shl':a<<(b%w),'shr_u':a>>(b%w),'shr_s':sa>>(b%w),
       'rotl':(a<<(b%w))|(a>>((w-b%w)%w)) if b%w else a,'rotr':(a>>(b%w))|(a<<((w-b%w)%w)) if b%w else a,
       'div_u':a//b if b else None,'rem_u':a%b if b else None,
       'div_s':tdiv(sa,sb) if sb else None,'rem_s':(sa-tdiv(sa,sb)*sb) if sb else None,
       'eq':int(a==b),'ne':int(a!=b),'lt_s':int(sa<sb),'lt_u':int(a<b),'gt_s':int(sa>sb),'gt_u':int(a>b),
       'le_s':int(sa<=sb),'le_u':int(a<=b),'ge_s':int(sa>=sb),'ge_u':int(a>=b)}[op]
    if r is None: return None
    return r & (M32 if op in CMP else m)
CMP={'eq','ne','lt_s','lt_u','gt_s','gt_u','le_s','le_u','ge_s','ge_u','lt','gt','le','ge'}
IOPS=['add','sub','mul','and','or','xor','shl','shr_s','shr_u','rotl','rotr','div_s','div_u','rem_s','rem_u','eq','ne','lt_s','lt_u','gt_s','gt_u','le_s','le_u','ge_s','ge_u']
FOPS=['add','sub','mul','div','min','max','copysign','eq','ne','lt','gt','le','ge']
def fop(op,a,b,t):
    rd=f32 if t=='f32' else (lambda x:x)
    r={'add':lambda:a+b,'sub':lambda:a-b,'mul':lambda:a*b,'div':lambda:a/b,'min':lambda:min(a,b),'max':lambda:max(a,b),
       'copysign':lambda:math.copysign(a,b),'eq':lambda:int(a==b),'ne':lambda:int(a!=b),'lt':lambda:int(a<b),'gt':lambda:int(a>b),'le':lambda:int(a<=b),'ge':lambda:int(a>=b)}[op]()
    return r if op in CMP else rd(r)
def iconst(t,v): return f"({t}.const {s(v, 32 if t=='i32' else 64)})"
def fconst(t,v): return f"({t}.const {float(v).hex()})"
def res(t,op,v):
    if op in CMP: return f"(i32.const {s(v,32)})"
    return iconst(t,v) if t[0]=='i' else fconst(t,v)
out=[]; checks=0
out.append(""";; Reads of a local whose register another value-stack entry owns (`local.tee x` then
;; `local.get x`): the read shares that register (or reads the frame) instead of copying
;; it. Generated with a model of each function (the expected values are computed
;; outside onepass). Covers every integer and float binary operator with both operands
;; the same local (the right one shared), the left one shared, three reads of one local
;; in one operator, a call passing one local three times, a shared register whose owner
;; is spilled under register pressure while the read waits and the local is set again
;; soon after (its unstored value must still reach the frame), and loops with homes.""")
# A and B
ins={'i32':[(5,9),(-7,3),(0x7fffffff,1),(-2147483648,0),(123456,-654321)],
     'i64':[(5,9),(-7,3),(0x7fffffffffffffff,1),(-(1<<63),0),(1234567890123,-98765)],
     'f32':[(1.5,2.25),(-3.0,0.5),(1e10,-7.0)],
     'f64':[(1.5,2.25),(-3.0,0.5),(1e300,-7.0)]}
for t in ['i32','i64','f32','f64']:
    ops=IOPS if t[0]=='i' else FOPS
    mod=["(module"]
    asserts=[]
    for op in ops:
        rt='i32' if op in CMP else t
        mod.append(f'  (func (export "same_{op}") (param $p {t}) (param $q {t}) (result {rt}) (local $x {t})')
        mod.append(f'    ({t}.{op} (local.tee $x ({t}.add (local.get $p) (local.get $q))) (local.get $x)))')
        mod.append(f'  (func (export "left_{op}") (param $p {t}) (param $q {t}) (result {t}) (local $x {t})')
        if op in CMP and t != 'i32':
            # (The 0/1 result widened to the operands' type.)
            widen={'i64':'i64.extend_i32_u','f32':'f32.convert_i32_u','f64':'f64.convert_i32_u'}[t]
            mod.append(f'    ({t}.add (local.tee $x ({t}.sub (local.get $p) (local.get $q))) ({widen} ({t}.{op} (local.get $x) (local.get $q)))))')
        else:
            mod.append(f'    ({t}.add (local.tee $x ({t}.sub (local.get $p) (local.get $q))) ({t}.{op} (local.get $x) (local.get $q))))')
        for (a,b) in ins[t]:
            conv=(lambda v: v) if t[0]=='i' else (f32 if t=='f32' else float)
            a,b=conv(a),conv(b)
            if t[0]=='i':
                w=32 if t=='i32' else 64
                x=(a+b)&((1<<w)-1); r=iop(op,x,x,w)
                if r is not None:
                    asserts.append(f'(assert_return (invoke "same_{op}" {iconst(t,a)} {iconst(t,b)}) {res(t,op,r)})')
                else:
                    asserts.append(f'(assert_trap (invoke "same_{op}" {iconst(t,a)} {iconst(t,b)}) "integer divide by zero")')
                x=(a-b)&((1<<w)-1); r=iop(op,x,b,w)
                if r is not None:
                    asserts.append(f'(assert_return (invoke "left_{op}" {iconst(t,a)} {iconst(t,b)}) {iconst(t,(x+r)&((1<<w)-1))})')
                else:
                    asserts.append(f'(assert_trap (invoke "left_{op}" {iconst(t,a)} {iconst(t,b)}) "integer divide by zero")')
            else:
                rd=f32 if t=='f32' else float
                x=rd(a+b); r=fop(op,x,x,t)
                asserts.append(f'(assert_return (invoke "same_{op}" {fconst(t,a)} {fconst(t,b)}) {res(t,op,r)})')
                x=rd(a-b); r=fop(op,x,b,t)
                asserts.append(f'(assert_return (invoke "left_{op}" {fconst(t,a)} {fconst(t,b)}) {fconst(t,rd(x+r))})')
    mod.append(")")
    out.append("\n".join(mod)); out.extend(asserts); checks+=len(asserts)

# C: three reads of one local in one operator; D: a call passing one local three times.
mod=["(module"]
mod.append('  (func $mix (param i32 i32 i32) (result i32) (i32.add (local.get 0) (i32.add (i32.mul (local.get 1) (i32.const 3)) (i32.mul (local.get 2) (i32.const 5)))))')
mod.append('  (func $mixf (param f64 f64 f64) (result f64) (f64.add (local.get 0) (f64.add (f64.mul (local.get 1) (f64.const 3)) (f64.mul (local.get 2) (f64.const 5)))))')
mod.append('  (func (export "select3") (param $p i32) (result i32) (local $x i32)')
mod.append('    (i32.add (local.tee $x (i32.mul (local.get $p) (i32.const 3))) (select (local.get $x) (local.get $x) (local.get $x))))')
mod.append('  (func (export "select3_64") (param $p i64) (result i64) (local $x i64) (local $c i32)')
mod.append('    (local.set $c (i32.wrap_i64 (local.get $p)))')
mod.append('    (i64.add (local.tee $x (i64.mul (local.get $p) (i64.const 3))) (select (local.get $x) (local.get $x) (i32.wrap_i64 (local.get $x)))))')
mod.append('  (func (export "select_cmp") (param $p i32) (param $q i32) (result i32) (local $x i32)')
mod.append('    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (select (local.get $x) (local.get $q) (i32.lt_s (local.get $x) (local.get $x)))))')
mod.append('  (func (export "select_cmp2") (param $p i32) (param $q i32) (result i32) (local $x i32)')
mod.append('    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (select (local.get $q) (local.get $x) (i32.gt_u (local.get $x) (local.get $q)))))')
mod.append('  (func (export "call3") (param $p i32) (result i32) (local $x i32)')
mod.append('    (call $mix (local.tee $x (i32.add (local.get $p) (i32.const 11))) (local.get $x) (local.get $x)))')
mod.append('  (func (export "call3_kept") (param $p i32) (result i32) (local $x i32)')
mod.append('    (i32.sub (local.tee $x (i32.add (local.get $p) (i32.const 11))) (call $mix (local.get $x) (local.get $x) (local.get $x))))')
mod.append('  (func (export "call3f") (param $p f64) (result f64) (local $x f64)')
mod.append('    (f64.sub (local.tee $x (f64.mul (local.get $p) (local.get $p))) (call $mixf (local.get $x) (local.get $x) (local.get $x))))')
asserts=[]
for p in [0,1,-5,1000,0x7fffffff]:
    x=(p*3)&M32; asserts.append(f'(assert_return (invoke "select3" (i32.const {s(p,32)})) (i32.const {s(x+x,32)}))')
    asserts.append(f'(assert_return (invoke "call3" (i32.const {s(p,32)})) (i32.const {s((p+11)*9,32)}))')
    asserts.append(f'(assert_return (invoke "call3_kept" (i32.const {s(p,32)})) (i32.const {s((p+11)-(p+11)*9,32)}))')
for p in [0,1,-5,1<<33,(1<<63)-1]:
    x=(p*3)&M64; asserts.append(f'(assert_return (invoke "select3_64" (i64.const {s(p,64)})) (i64.const {s(x+x,64)}))')
for p,q in [(5,9),(9,5),(-3,-3),(0,-2147483648)]:
    x=(p-q)&M32; sel = x if s(x,32)<s(x,32) else q&M32
    asserts.append(f'(assert_return (invoke "select_cmp" (i32.const {p}) (i32.const {q})) (i32.const {s(x+sel,32)}))')
    sel = (q&M32) if x>(q&M32) else x
    asserts.append(f'(assert_return (invoke "select_cmp2" (i32.const {p}) (i32.const {q})) (i32.const {s(x+sel,32)}))')
for p in [1.5,-2.0,3.0e100]:
    x=p*p; asserts.append(f'(assert_return (invoke "call3f" (f64.const {p.hex()})) (f64.const {(x-(x+(x*3+x*5))).hex()}))')
mod.append(")")
out.append("\n".join(mod)); out.extend(asserts); checks+=len(asserts)

# E: the owner of the shared register spilled while the read waits, the local set soon after.
mod=["(module"]
asserts=[]
unops=['clz','ctz','popcnt','eqz']
def un(op,v):
    v&=M32
    if op=='clz': return 32 if v==0 else 32-v.bit_length()
    if op=='ctz': return 32 if v==0 else (v&-v).bit_length()-1
    if op=='popcnt': return bin(v).count('1')
    return int(v==0)
for n in range(6,34,2):
    body=[f'  (func (export "spilled_{n}") (param $p i32) (param $q i32) (result i32) (local $x i32)',
          '    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))',
          '    (local.get $x)']
    for k in range(n):
        body.append(f'    (i32.{unops[k%4]} (i32.add (local.get $q) (i32.const {k})))' if k%5==4 else f'    (i32.{unops[k%4]} (local.get $q))')
    body.append('    (local.set $x (i32.const 0))')
    body.append('    ' + ' '.join(['i32.xor']*(n-1)))
    body.append('    i32.add i32.add (local.get $x) i32.add)')
    mod.extend(body)
    for p,q in [(3,0x12345678),(-1,0),(100000,-1)]:
        v=0
        for k in range(n):
            arg=(q+k) if k%5==4 else q
            v^=un(unops[k%4],arg)
        r=(7*p+7*p+v)&M32
        asserts.append(f'(assert_return (invoke "spilled_{n}" (i32.const {p}) (i32.const {q})) (i32.const {s(r,32)}))')
# F: loops with homes (written back: no call), a shared home read before its local is set.
mod.append('''  (func (export "loop_home") (param $n i32) (result i32) (local $x i32) (local $acc i32)
    (loop $l
      (local.set $acc (i32.add (local.get $acc)
        (i32.mul (local.tee $x (i32.add (local.get $x) (local.get $n))) (local.get $x))))
      (local.set $acc (i32.xor (local.get $acc) (i32.sub (local.get $x) (i32.shr_u (local.get $x) (local.get $x)))))
      (local.set $x (i32.add (local.get $x) (i32.and (local.get $x) (local.get $acc))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.add (local.get $acc) (local.get $x)))
  (func (export "loop_home_f") (param $n i32) (result f64) (local $x f64) (local $acc f64)
    (loop $l
      (local.set $acc (f64.add (local.get $acc)
        (f64.mul (local.tee $x (f64.add (local.get $x) (f64.const 2.5))) (local.get $x))))
      (local.set $x (f64.sub (local.get $x) (f64.div (local.get $x) (local.get $x))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (f64.add (local.get $acc) (local.get $x)))
  (func (export "loop_pressure") (param $n i32) (result i32) (local $x i32) (local $y i32) (local $acc i32)
    (loop $l
      (local.set $y (i32.add (local.get $y) (i32.const 3)))
      (local.set $acc (i32.add (local.get $acc)
        (i32.add (local.tee $x (i32.xor (local.get $x) (local.get $n)))
          (i32.add (local.get $x)
            (i32.add (i32.mul (local.get $y) (local.get $x))
              (i32.add (i32.clz (local.get $x)) (i32.add (i32.ctz (local.get $y))
                (i32.add (i32.popcnt (local.get $x)) (i32.add (i32.rotl (local.get $y) (local.get $x))
                  (i32.add (i32.shl (local.get $x) (local.get $y)) (i32.sub (local.get $y) (local.get $x))))))))))))
      (local.set $x (i32.add (local.get $x) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.add (local.get $acc) (i32.add (local.get $x) (local.get $y))))''')
def rotl(a,b): b%=32; a&=M32; return ((a<<b)|(a>>(32-b)))&M32 if b else a
for n in [1,2,7,100]:
    x=acc=0; m=n
    while True:
        x=(x+m)&M32; acc=(acc+x*x)&M32
        acc^=(x-(x>>(x%32)))&M32
        x=(x+(x&acc))&M32
        m=(m-1)&M32
        if m==0: break
    asserts.append(f'(assert_return (invoke "loop_home" (i32.const {n})) (i32.const {s(acc+x,32)}))')
    x=acc=0.0; m=n
    while True:
        x=x+2.5; acc=acc+x*x; x=x-x/x; m-=1
        if m==0: break
    asserts.append(f'(assert_return (invoke "loop_home_f" (i32.const {n})) (f64.const {(acc+x).hex()}))')
    x=y=acc=0; m=n
    while True:
        y=(y+3)&M32
        x=(x^m)&M32
        t=(x + (x + ((y*x) + (un('clz',x) + (un('ctz',y) + (un('popcnt',x) + (rotl(y,x) + (((x<<(y%32))&M32) + (y-x)))))))))&M32
        acc=(acc+t)&M32
        x=(x+1)&M32
        m=(m-1)&M32
        if m==0: break
    asserts.append(f'(assert_return (invoke "loop_pressure" (i32.const {n})) (i32.const {s(acc+x+y,32)}))')
mod.append(")")
out.append("\n".join(mod)); out.extend(asserts); checks+=len(asserts)

# G: found by review. A comparison held back until the function's end or a `return`
# reads its operands after the locals held unstored were dropped there: one read shares
# the register, the next reads the frame, which must have the value. And `i64.extend_i32_u`
# of a shared register, whose result needs a register of its own (two entries owning one
# register left the older one unspillable: the allocator ran out).
mod=["(module"]
asserts=[]
mod.append("""  (func $at_end (param $p i32) (result i32 i32) (local $x i32)
    (local.tee $x (i32.add (local.get $p) (i32.const 1)))
    (i32.lt_s (local.get $x) (local.get $x)))
  (func $at_return (param $p i32) (result i32 i32) (local $x i32)
    (local.tee $x (i32.add (local.get $p) (i32.const 1)))
    (return (i32.le_s (local.get $x) (local.get $x))))
  (func $param_at_end (param $p i32) (result i32)
    (i32.add (local.get $p) (i32.ge_u (local.get $p) (local.get $p))))
  (func $float_at_end (param $p f64) (result f64 i32) (local $x f64)
    (local.tee $x (f64.add (local.get $p) (f64.const 1)))
    (f64.lt (local.get $x) (local.get $x)))
  (func (export "at_end") (param i32) (result i32 i32) (call $at_end (local.get 0)))
  (func (export "at_return") (param i32) (result i32 i32) (call $at_return (local.get 0)))
  (func (export "param_at_end") (param i32) (result i32) (call $param_at_end (local.get 0)))
  (func (export "float_at_end") (param f64) (result f64 i32) (call $float_at_end (local.get 0)))
  (func (export "at_end_direct") (param $p i32) (result i32 i32) (local $x i32)
    (local.tee $x (i32.add (local.get $p) (i32.const 1)))
    (i32.lt_s (local.get $x) (local.get $x)))""")
for p in [0,41,-7]:
    asserts.append(f'(assert_return (invoke "at_end" (i32.const {p})) (i32.const {p+1}) (i32.const 0))')
    asserts.append(f'(assert_return (invoke "at_return" (i32.const {p})) (i32.const {p+1}) (i32.const 1))')
    asserts.append(f'(assert_return (invoke "param_at_end" (i32.const {p})) (i32.const {p+1}))')
    asserts.append(f'(assert_return (invoke "float_at_end" (f64.const {float(p).hex()})) (f64.const {float(p+1).hex()}) (i32.const 0))')
    asserts.append(f'(assert_return (invoke "at_end_direct" (i32.const {p})) (i32.const {p+1}) (i32.const 0))')
body=['  (func (export "extend_shared") (param $p i32) (result i64)'] + [f'    (local $l{k} i32)' for k in range(24)]
for k in range(24):
    body.append(f'    (local.tee $l{k} (i32.add (local.get $p) (i32.const {k})))')
    body.append(f'    (drop (i64.extend_i32_u (local.get $l{k})))')
body.append('    ' + ' '.join(['i32.add']*23))
body.append('    (i64.extend_i32_u))')
mod.extend(body)
for p in [0,5,-100]:
    asserts.append(f'(assert_return (invoke "extend_shared" (i32.const {p})) (i64.const {(sum(p+k for k in range(24)))&M32}))')
mod.append(")")
out.append("\n".join(mod)); out.extend(asserts); checks+=len(asserts)
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'shared_local_reads.wast'), 'w').write("\n\n".join(out)+"\n")
print("checks", checks)
