#!/usr/bin/env python3
"""Writes loop_edges.wast (next to this file): see the comment at its top."""
import os, struct
M32 = (1 << 32) - 1
M64 = (1 << 64) - 1


def s(v, w=32):
    v &= (1 << w) - 1
    return v - (1 << w) if v >> (w - 1) else v


def f64(v):
    return f"(f64.const {float(v).hex()})"


out = []
checks = 0
out.append(""";; Values at loop edges. Generated with a model of each function (the expected values are
;; computed outside onepass). Covers:
;; - a local set while its loop home still holds its older value for an operator to come
;;   (`local.tee x` of an address, a load through it, `local.tee x` of the sum, the store
;;   through the address): the new value is held unstored in its own register, and must
;;   reach whatever reads the local next (the same iteration, the next one through the
;;   home, the code after the loop, a call, a block's end), in loops that call and loops
;;   that do not;
;; - a branch back to a loop whose body sets a local before reading it: the local's
;;   unstored value is not stored there, nor its home reloaded, yet the fall-through and
;;   the code after the loop still see it; and the same where the body reads it first;
;; - a local held unstored in a loop and changed in place by its last read there, which
;;   a free register now copies instead of the value being stored at every iteration;
;; - a `br_table` back to a loop, a handler around the loop that reads a local the loop's
;;   start sets after a call that throws, and v128 and reference locals set first;
;; - a value read three times at once (`local.tee t ... (f64.add (local.get t) (local.get
;;   t))`), and a `select` whose comparison reads both of its operands from the register
;;   of the value it replaces.""")

# Memory: 64 i32 words, word k = (k * 2654435761) & M32 (data segment).
WORDS = [(k * 2654435761) & M32 for k in range(64)]
data = b"".join(struct.pack("<I", w) for w in WORDS)
data_wat = "".join(f"\\{b:02x}" for b in data)

mod = ["(module", "  (memory 1)", f'  (data (i32.const 0) "{data_wat}")',
       "  (global $g (mut i32) (i32.const 0))",
       "  (func $bump (param i32) (result i32) (global.set $g (i32.add (global.get $g) (local.get 0))) (global.get $g))",
       '  (func (export "reset") (call $reset_memory) (global.set $g (i32.const 0)))',
       "  (func $reset_memory (local $k i32)",
       "    (loop $l",
       "      (i32.store (i32.shl (local.get $k) (i32.const 2)) (i32.mul (local.get $k) (i32.const -1640531535)))",
       "      (br_if $l (i32.ne (local.tee $k (i32.add (local.get $k) (i32.const 1))) (i32.const 64)))))",
       '  (func (export "word") (param i32) (result i32) (i32.load (i32.shl (local.get 0) (i32.const 2))))']
asserts = []


def mem_model():
    return list(WORDS)


def busy_half(index, cmp):
    """`mem[index] = cmp(x, a) ? a : x`, where `x` is first the word's address, then
    `mem[index + 32] + step` (set while the address is still on the stack)."""
    return f'''      (local.tee $x (i32.shl {index} (i32.const 2)))
      (local.set $a (i32.load (local.get $x)))
      (select (local.get $a) (local.tee $x (i32.add (i32.load offset=128 (local.get $x)) (local.get $step)))
        (i32.{cmp} (local.get $x) (local.get $a)))
      (i32.store)'''


# A1: floyd-warshall's shape, no call (written-back homes): x is an address, then a sum,
# then an address again, twice per iteration; the sum is read after the loop.
mod.append(f'''  (func (export "busy_home") (param $n i32) (param $step i32) (result i32) (local $x i32) (local $i i32) (local $a i32)
    (loop $l
{busy_half("(i32.and (local.get $i) (i32.const 31))", "lt_u")}
{busy_half("(i32.or (i32.and (local.get $i) (i32.const 31)) (i32.const 1))", "lt_u")}
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 2))) (local.get $n))))
    (i32.add (local.get $x) (i32.mul (local.get $a) (i32.const 3))))''')


def busy_home(n, step, mem):
    i = 0
    x = a = 0
    while True:
        for half in (0, 1):
            addr = (((i & 31) | half) << 2)
            a = mem[addr // 4]
            x = (mem[addr // 4 + 32] + step) & M32
            mem[addr // 4] = a if x < a else x
        i = (i + 2) & M32
        if not i < n:
            break
    return (x + a * 3) & M32


# A2: the same with a call in the loop (written-through homes), and the sum passed to it.
mod.append(f'''  (func (export "busy_home_call") (param $n i32) (param $step i32) (result i32) (local $x i32) (local $i i32) (local $a i32)
    (loop $l
{busy_half("(i32.and (local.get $i) (i32.const 31))", "gt_u")}
      (drop (call $bump (local.get $x)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (global.get $g) (local.get $x)))''')


def busy_home_call(n, step, mem, g):
    i = 0
    x = 0
    while True:
        addr = (i & 31) << 2
        a = mem[addr // 4]
        x = (mem[addr // 4 + 32] + step) & M32
        mem[addr // 4] = a if x > a else x
        g = (g + x) & M32
        i = (i + 1) & M32
        if not i < n:
            break
    return (g + x) & M32, g


# A3: the sum held unstored in its register when a block inside the loop ends, and when a
# br_if leaves the loop early (its value is the result).
mod.append('''  (func (export "busy_home_exit") (param $n i32) (param $limit i32) (result i32) (local $x i32) (local $i i32)
    (block $out (result i32)
      (loop $l
        (local.tee $x (i32.shl (i32.and (local.get $i) (i32.const 63)) (i32.const 2)))
        (local.tee $x (i32.add (i32.load (local.get $x)) (local.get $x)))
        (i32.store)
        (block $b
          (br_if $b (i32.and (local.get $i) (i32.const 1)))
          (local.set $x (i32.xor (local.get $x) (i32.const 0x5555))))
        (drop (br_if $out (local.get $x) (i32.gt_u (local.get $x) (local.get $limit))))
        (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
      (i32.const -1)))''')


def busy_home_exit(n, limit, mem):
    i = 0
    while True:
        addr = (i & 63) << 2
        x = (mem[addr // 4] + addr) & M32
        mem[addr // 4] = x
        if not (i & 1):
            x ^= 0x5555
        if x > limit:
            return x
        i = (i + 1) & M32
        if not i < n:
            break
    return M32


# C: a local set first at the loop's start, held unstored at the back edge (not stored
# there), read after the loop; and one the loop reads before setting (must be stored).
mod.append('''  (func (export "set_first") (param $n i32) (result i32) (local $i i32) (local $t i32) (local $u i32) (local $acc i32)
    (loop $l
      (local.set $t (i32.add (i32.shl (local.get $i) (i32.const 3)) (i32.const 12)))
      (local.set $acc (i32.add (local.get $acc) (i32.mul (local.get $t) (local.get $u))))
      (local.set $u (i32.add (local.get $t) (local.get $acc)))
      (local.set $t (i32.xor (local.get $t) (local.get $u)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (local.get $t) (i32.add (local.get $u) (local.get $acc))))''')


def set_first(n):
    i = t = u = acc = 0
    while True:
        t = ((i << 3) + 12) & M32
        acc = (acc + t * u) & M32
        u = (t + acc) & M32
        t = t ^ u
        i = (i + 1) & M32
        if not i < n:
            break
    return (t + u + acc) & M32


# C2: a br (not br_if) back to the loop inside an if, with a local set first; the other arm
# falls through to a br_if; the local read after the loop. Floats as well.
mod.append('''  (func (export "set_first_br") (param $n i32) (result f64) (local $i i32) (local $t f64) (local $acc f64)
    (loop $l
      (local.set $t (f64.convert_i32_u (i32.mul (local.get $i) (i32.const 7))))
      (local.set $acc (f64.add (local.get $acc) (local.get $t)))
      (local.set $t (f64.add (local.get $t) (local.get $t)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.and (i32.and (local.get $i) (i32.const 1)) (i32.lt_u (local.get $i) (local.get $n)))
        (then (br $l)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (f64.add (local.get $t) (local.get $acc)))''')


def set_first_br(n):
    i = 0
    t = acc = 0.0
    while True:
        t = float((i * 7) & M32)
        acc = acc + t
        t = t + t
        i += 1
        if i < n:
            continue
        break
    return t + acc


# C3: nested loops, a br_if from the inner loop to the outer one whose body sets the local
# first, and the inner loop's own back edge where it does not.



def nested_set_first(n, busy=False):
    i = j = t = acc = 0
    b = [0] * BUSY
    while True:  # outer
        t = (i * 5) & M32
        j = 0
        again = False
        while True:  # inner
            if busy:
                busy_model(b, i)
            acc = (acc + (t ^ j)) & M32
            t = (t + acc) & M32
            j += 1
            i = (i + 1) & M32
            if j == 3 and i < n:
                again = True
                break
            if j < 3:
                continue
            break
        if not again:
            break
    return (t + acc + (sum(b) if busy else 0)) & M32


# C4: the same three with five busier locals in the loop, which take the loop homes: the
# local set first is then held unstored in a register that is no home.
BUSY = 5


def busy_wat(indent):
    lines = []
    for k in range(BUSY):
        prev = f"$b{k - 1}" if k else "$i"
        lines.append(f"{indent}(local.set $b{k} (i32.add (i32.mul (local.get $b{k}) (i32.const 3)) (local.get {prev})))")
        lines.append(f"{indent}(local.set $b{k} (i32.xor (local.get $b{k}) (i32.shr_u (local.get $b{k}) (i32.const 7))))")
    return "\n".join(lines)


def busy_model(b, i):
    for k in range(BUSY):
        prev = b[k - 1] if k else i
        b[k] = (b[k] * 3 + prev) & M32
        b[k] ^= b[k] >> 7


busy_locals = " ".join(f"(local $b{k} i32)" for k in range(BUSY))
busy_sum = "(i32.add " * BUSY + "(i32.const 0) " + " ".join(f"(local.get $b{k}))" for k in range(BUSY))
SET_T = "(local.set $t (i32.add (i32.shl (local.get $i) (i32.const 3)) (i32.const 12)))"
ADD_U = "(local.set $u (i32.add (local.get $u) (local.get $t)))"
for name, first, second in [("set_first_busy", SET_T, ADD_U), ("set_first_busy_read", ADD_U, SET_T)]:
    mod.append(f'''  (func (export "{name}") (param $n i32) (result i32) (local $i i32) (local $t i32) (local $u i32) (local $acc i32) {busy_locals}
    (loop $l
{busy_wat("      ")}
      {first}
      {second}
      (local.set $t (i32.xor (local.get $t) (local.get $u)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (local.get $t) (i32.add (local.get $u) {busy_sum})))''')
mod.append(f'''  (func (export "set_first_busy_br") (param $n i32) (result i32) (local $i i32) (local $t i32) (local $u i32) (local $acc i32) {busy_locals}
    (loop $l
{busy_wat("      ")}
      (local.set $t (i32.mul (local.get $i) (i32.const 7)))
      (local.set $u (i32.add (local.get $u) (local.get $t)))
      (local.set $t (i32.add (local.get $t) (local.get $t)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.and (i32.and (local.get $i) (i32.const 1)) (i32.lt_u (local.get $i) (local.get $n)))
        (then
          (local.set $t (i32.add (local.get $t) (i32.const 1)))
          (local.set $u (i32.add (local.get $u) (i32.const 5)))
          (br $l)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (local.get $t) (i32.add (local.get $u) {busy_sum})))''')



def nested_wat(name, busy):
    locals_ = f" {busy_locals}" if busy else ""
    extra = busy_wat("        ") + "\n" if busy else ""
    total = f"(i32.add (local.get $acc) {busy_sum})" if busy else "(local.get $acc)"
    return f'''  (func (export "{name}") (param $n i32) (result i32) (local $i i32) (local $j i32) (local $t i32) (local $acc i32){locals_}
    (loop $outer
      (local.set $t (i32.mul (local.get $i) (i32.const 5)))
      (local.set $j (i32.const 0))
      (loop $inner
{extra}        (local.set $acc (i32.add (local.get $acc) (i32.xor (local.get $t) (local.get $j))))
        (local.set $t (i32.add (local.get $t) (local.get $acc)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $outer (i32.and (i32.eq (local.get $j) (i32.const 3))
          (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
        (br_if $inner (i32.lt_u (local.get $j) (i32.const 3)))))
    (i32.add (local.get $t) {total}))'''


mod.append(nested_wat("nested_set_first", False))
mod.append(nested_wat("nested_busy", True))


def set_first_busy(n, read_first):
    i = t = u = 0
    b = [0] * BUSY
    while True:
        busy_model(b, i)
        if read_first:
            u = (u + t) & M32
        t = ((i << 3) + 12) & M32
        if not read_first:
            u = (u + t) & M32
        t ^= u
        i = (i + 1) & M32
        if not i < n:
            break
    return (t + u + sum(b)) & M32


def set_first_busy_br(n):
    i = t = u = 0
    b = [0] * BUSY
    while True:
        busy_model(b, i)
        t = (i * 7) & M32
        u = (u + t) & M32
        t = (t + t) & M32
        i += 1
        if i & 1 and i < n:
            t = (t + 1) & M32
            u = (u + 5) & M32
            continue
        if i < n:
            continue
        break
    return (t + u + sum(b)) & M32


# D: a local held unstored in a loop, changed in place by its last read of the iteration
# (polybench fdtd-2d's address temporaries): with a register free it is copied instead of
# stored, since only the loop's exit reads the value.
mod.append(f'''  (func (export "kept_unstored") (param $n i32) (param $a i32) (param $b i32) (result i32) (local $i i32) (local $t i32) (local $acc i32) {busy_locals}
    (loop $l
{busy_wat("      ")}
      (local.set $acc (i32.add (local.get $acc)
        (i32.load (i32.and (i32.add (local.tee $t (i32.mul (local.get $i) (local.get $a))) (i32.const 4)) (i32.const 252)))))
      (local.set $acc (i32.xor (local.get $acc) (i32.add (local.get $t) (local.get $b))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (i32.add (local.get $acc) (local.get $t)) {busy_sum}))''')


def kept_unstored(n, a, b):
    i = t = acc = 0
    busy = [0] * BUSY
    while True:
        busy_model(busy, i)
        t = (i * a) & M32
        acc = (acc + WORDS[((t + 4) & 252) // 4]) & M32
        acc ^= (t + b) & M32
        i = (i + 1) & M32
        if not i < n:
            break
    return (acc + t + sum(busy)) & M32


# E: other edges and types: a `br_table` back to the loop; a call in the loop's start that
# throws to a handler around the loop, which reads the local the start sets after the
# call (it must have been stored on the back edge); v128 and reference locals set first.
mod.append('''  (tag $e)
  (func $maybe_throw (param i32) (if (i32.eq (local.get 0) (i32.const 5)) (then (throw $e))))
  (func (export "table_edge") (param $n i32) (result i32) (local $i i32) (local $t i32) (local $acc i32)
    (block $exit
      (loop $l
        (local.set $t (i32.add (i32.mul (local.get $i) (i32.const 3)) (i32.const 1)))
        (local.set $acc (i32.add (local.get $acc) (local.get $t)))
        (local.set $t (i32.xor (local.get $t) (local.get $acc)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_table $l $exit (i32.ge_u (local.get $i) (local.get $n)))))
    (i32.add (local.get $t) (local.get $acc)))
  (func (export "handler_reads") (param $n i32) (result i32) (local $i i32) (local $t i32)
    (block $caught
      (try_table (catch $e $caught)
        (loop $l
          (call $maybe_throw (local.get $i))
          (local.set $t (i32.mul (local.get $i) (i32.const 3)))
          (local.set $t (i32.add (local.get $t) (i32.const 1)))
          (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))))
    (local.get $t))
  (func (export "v128_first") (param $n i32) (result i32) (local $i i32) (local $v v128) (local $acc i32)
    (loop $l
      (local.set $v (i32x4.splat (local.get $i)))
      (local.set $v (i32x4.add (local.get $v) (v128.const i32x4 1 2 3 4)))
      (local.set $acc (i32.add (local.get $acc) (i32x4.extract_lane 1 (local.get $v))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (local.get $acc) (i32x4.extract_lane 3 (local.get $v))))
  (func (export "ref_first") (param $p externref) (param $n i32) (result i32) (local $i i32) (local $r externref)
    (loop $l
      (local.set $r (select (result externref) (local.get $p) (ref.null extern) (i32.and (local.get $i) (i32.const 1))))
      (local.set $r (select (result externref) (ref.null extern) (local.get $r) (i32.eq (local.get $i) (i32.const 7))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (ref.is_null (local.get $r)))''')


def table_edge(n):
    i = t = acc = 0
    while True:
        t = (i * 3 + 1) & M32
        acc = (acc + t) & M32
        t ^= acc
        i += 1
        if i >= n:
            break
    return (t + acc) & M32


def handler_reads(n):
    i = t = 0
    while True:
        if i == 5:
            return t
        t = i * 3 + 1
        i += 1
        if not i < n:
            return t


def v128_first(n):
    i = acc = 0
    while True:
        v = [(i + k) & M32 for k in (1, 2, 3, 4)]
        acc = (acc + v[1]) & M32
        i += 1
        if not i < n:
            break
    return (acc + v[3]) & M32


def ref_first(n):
    i = 0
    while True:
        r = (i & 1) != 0
        if i == 7:
            r = False
        i += 1
        if not i < n:
            break
    return 0 if r else 1


# B: three reads at once, and a select whose comparison reads its replaced value twice.
mod.append('''  (func (export "triple") (param $p f64) (param $q f64) (result f64) (local $t f64)
    (local.tee $t (f64.mul (local.get $p) (local.get $q)))
    (f64.sub (local.get $q) (f64.add (local.get $t) (local.get $t)))
    (f64.add (f64.mul (local.get $t) (local.get $p)))
    (f64.add))
  (func (export "triple_i") (param $p i32) (param $q i32) (result i32) (local $t i32)
    (local.tee $t (i32.mul (local.get $p) (local.get $q)))
    (i32.sub (local.get $q) (i32.add (local.get $t) (local.get $t)))
    (i32.add (i32.mul (local.get $t) (local.get $p)))
    (i32.add))
  (func (export "select_both") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.set $q (i32.mul (local.get $q) (i32.const 3)))
    (select (local.get $q) (local.tee $x (i32.add (local.get $p) (i32.const 1)))
      (i32.lt_s (local.get $x) (local.get $x)))
    (i32.add (local.get $q)))
  (func (export "select_both_le") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.set $q (i32.mul (local.get $q) (i32.const 3)))
    (select (local.get $q) (local.tee $x (i32.add (local.get $p) (i32.const 1)))
      (i32.le_s (local.get $x) (local.get $x)))
    (i32.add (local.get $q)))
  (func (export "select_negated") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (select (local.get $q) (local.tee $x (i32.add (local.get $p) (i32.const 1)))
      (i32.lt_s (local.get $x) (i32.sub (i32.const 0) (local.get $x))))
    (i32.add (local.get $x)))
  (func (export "select_owned_below") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.add (local.get $p) (i32.const 1)))
    (select (local.get $q) (local.get $x) (i32.lt_s (local.get $x) (local.get $x)))
    (i32.add (local.get $x))
    (i32.mul))''')
asserts.append('(invoke "reset")')
for n, step in [(2, 0), (10, 7), (64, 0x80000000), (33, 1)]:
    mem = mem_model()
    r = busy_home(n, step, mem)
    asserts.append(f'(assert_return (invoke "busy_home" (i32.const {n}) (i32.const {s(step)})) (i32.const {s(r)}))')
    for k in (0, 1, 5, 30, 31):
        asserts.append(f'(assert_return (invoke "word" (i32.const {k})) (i32.const {s(mem[k])}))')
    asserts.append('(invoke "reset")')
g = 0
for n, step in [(1, 3), (9, 100), (40, -5)]:
    mem = mem_model()
    r, g = busy_home_call(n, step, mem, g)
    asserts.append(f'(assert_return (invoke "busy_home_call" (i32.const {n}) (i32.const {s(step)})) (i32.const {s(r)}))')
    for k in (0, 1, 8, 31):
        asserts.append(f'(assert_return (invoke "word" (i32.const {k})) (i32.const {s(mem[k])}))')
    asserts.append('(invoke "reset")')
    g = 0
for n, limit in [(1, M32), (20, M32), (20, 0xF0000000), (64, 0x10000000)]:
    mem = mem_model()
    r = busy_home_exit(n, limit, mem)
    asserts.append(f'(assert_return (invoke "busy_home_exit" (i32.const {n}) (i32.const {s(limit)})) (i32.const {s(r)}))')
    for k in (0, 1, 2, 19):
        asserts.append(f'(assert_return (invoke "word" (i32.const {k})) (i32.const {s(mem[k])}))')
    asserts.append('(invoke "reset")')
asserts.append('(invoke "reset")')
for n, a, b in [(1, 3, 5), (10, 12, -1), (300, 0x10001, 77)]:
    r = kept_unstored(n, a & M32, b & M32)
    asserts.append(f'(assert_return (invoke "kept_unstored" (i32.const {n}) (i32.const {s(a)}) (i32.const {s(b)})) (i32.const {s(r)}))')
for n in [1, 2, 5, 6, 8, 9, 40]:
    asserts.append(f'(assert_return (invoke "table_edge" (i32.const {n})) (i32.const {s(table_edge(n))}))')
    asserts.append(f'(assert_return (invoke "handler_reads" (i32.const {n})) (i32.const {s(handler_reads(n))}))')
    asserts.append(f'(assert_return (invoke "v128_first" (i32.const {n})) (i32.const {s(v128_first(n))}))')
    asserts.append(f'(assert_return (invoke "ref_first" (ref.extern 1) (i32.const {n})) (i32.const {ref_first(n)}))')
for n in [1, 2, 3, 17, 1000]:
    asserts.append(f'(assert_return (invoke "set_first" (i32.const {n})) (i32.const {s(set_first(n))}))')
    asserts.append(f'(assert_return (invoke "set_first_br" (i32.const {n})) {f64(set_first_br(n))})')
    asserts.append(f'(assert_return (invoke "nested_set_first" (i32.const {n})) (i32.const {s(nested_set_first(n))}))')
for n in [1, 2, 3, 17, 1000]:
    asserts.append(f'(assert_return (invoke "set_first_busy" (i32.const {n})) (i32.const {s(set_first_busy(n, False))}))')
    asserts.append(f'(assert_return (invoke "set_first_busy_read" (i32.const {n})) (i32.const {s(set_first_busy(n, True))}))')
    asserts.append(f'(assert_return (invoke "set_first_busy_br" (i32.const {n})) (i32.const {s(set_first_busy_br(n))}))')
    asserts.append(f'(assert_return (invoke "nested_busy" (i32.const {n})) (i32.const {s(nested_set_first(n, busy=True))}))')
for p, q in [(1.5, 2.0), (-3.25, 0.5), (1e200, 1e-100)]:
    t = p * q
    asserts.append(f'(assert_return (invoke "triple" {f64(p)} {f64(q)}) {f64(t + (q - (t + t)) + t * p)})')
for p, q in [(3, 5), (-7, 11), (0x10000, 0x10001)]:
    t = (p * q) & M32
    asserts.append(f'(assert_return (invoke "triple_i" (i32.const {p}) (i32.const {q})) (i32.const {s(t + (q - (t + t)) + t * p)}))')
for p, q in [(5, 100), (-5, 100), (-1, 7), (0x7fffffff, 3)]:
    x = (p + 1) & M32
    asserts.append(f'(assert_return (invoke "select_both" (i32.const {p}) (i32.const {q})) (i32.const {s(x + 3 * q)}))')
    asserts.append(f'(assert_return (invoke "select_both_le" (i32.const {p}) (i32.const {q})) (i32.const {s(6 * q)}))')
    sel = q if s(x) < s(-x) else x
    asserts.append(f'(assert_return (invoke "select_negated" (i32.const {p}) (i32.const {q})) (i32.const {s(sel + x)}))')
    sel = q if s(x) < s(x) else x
    asserts.append(f'(assert_return (invoke "select_owned_below" (i32.const {p}) (i32.const {q})) (i32.const {s(x * (sel + x))}))')
mod.append(")")
out.append("\n".join(mod))
out.extend(asserts)
checks += sum(1 for a in asserts if a.startswith("(assert"))
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "loop_edges.wast"), "w").write("\n\n".join(out) + "\n")
print("checks", checks)
