;; Loop homes whose local the loop body sets before reading it are not loaded when the loop
;; is entered (CodeGen::open_loop, lookahead::set_before_read). Each function here has a
;; local whose value before the loop is still read after it on some path, so a home taken
;; as holding without a load must never reach the frame or a read before the set.
(module
  (tag $e)
  (func $thrower (param i32) (if (i32.eq (local.get 0) (i32.const 3)) (then (throw $e))))
  (func $nothing (param i32))

  ;; Set first, then read: the sum of 2*i for i in 0..n.
  (func (export "set_first") (param $n i32) (result i32) (local $x i32) (local $s i32) (local $i i32)
    (local.set $x (i32.const 1000))
    (loop $l
      (local.set $x (i32.shl (local.get $i) (i32.const 1)))
      (local.set $s (i32.add (local.get $s) (local.get $x)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (local.get $s) (local.get $x)))

  ;; A branch out of the loop before the set: x keeps its value from before the loop.
  (func (export "exit_before_set") (param $n i32) (result i32) (local $x i32) (local $i i32)
    (local.set $x (i32.const 77))
    (block $out
      (loop $l
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.add (local.get $i) (i32.const 100)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $x))

  ;; The set reads the local first: it must be loaded.
  (func (export "read_then_set") (param $n i32) (result i32) (local $x i32) (local $i i32)
    (local.set $x (i32.const 5))
    (loop $l
      (local.set $x (i32.add (local.get $x) (i32.const 3)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $x))

  ;; A tee first, the same register arithmetic on i64 and f64.
  (func (export "tee_first") (param $n i32) (result i64) (local $x i64) (local $s i64) (local $i i32)
    (local.set $x (i64.const -1))
    (loop $l
      (local.set $s (i64.add (local.get $s)
        (local.tee $x (i64.mul (i64.extend_i32_u (local.get $i)) (i64.const 0x100000001)))))
      (local.set $s (i64.xor (local.get $s) (local.get $x)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i64.add (local.get $s) (local.get $x)))
  (func (export "float_first") (param $n i32) (result f64) (local $x f64) (local $s f64) (local $i i32)
    (local.set $x (f64.const 0.5))
    (loop $l
      (local.set $x (f64.convert_i32_u (local.get $i)))
      (local.set $s (f64.add (local.get $s) (f64.mul (local.get $x) (local.get $x))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (f64.add (local.get $s) (local.get $x)))

  ;; A call before the set (the loop's homes are written through): a throw from it
  ;; reaches a handler outside the loop, which reads x's value from before the loop.
  (func (export "call_before_set") (param $n i32) (param $k i32) (result i32) (local $x i32) (local $i i32)
    (local.set $x (i32.const 42))
    (block $caught
      (try_table (catch_all $caught)
        (loop $l
          (call $thrower (i32.add (local.get $i) (local.get $k)))
          (local.set $x (i32.add (local.get $i) (i32.const 1000)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
      (return (i32.add (local.get $x) (i32.const 10000))))
    (local.get $x))

  ;; The same with a plain call and the result read after the loop.
  (func (export "call_then_set") (param $n i32) (result i32) (local $x i32) (local $s i32) (local $i i32)
    (local.set $x (i32.const 9))
    (loop $l
      (call $nothing (local.get $i))
      (local.set $x (i32.mul (local.get $i) (i32.const 3)))
      (local.set $s (i32.add (local.get $s) (local.get $x)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (local.get $s) (i32.mul (local.get $x) (i32.const 1000))))

  ;; Nested: the inner loop sets x first; the outer one reads it after the inner loop and
  ;; sets y first.
  (func (export "nested") (param $n i32) (result i32) (local $x i32) (local $y i32) (local $i i32) (local $j i32) (local $s i32)
    (local.set $x (i32.const 3))
    (local.set $y (i32.const 4))
    (loop $outer
      (local.set $y (i32.add (local.get $i) (i32.const 7)))
      (local.set $j (i32.const 0))
      (loop $inner
        (local.set $x (i32.add (local.get $j) (local.get $y)))
        (local.set $s (i32.add (local.get $s) (local.get $x)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $inner (i32.lt_u (local.get $j) (i32.const 3))))
      (local.set $s (i32.add (local.get $s) (i32.mul (local.get $x) (i32.const 100))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (local.get $s) (i32.add (local.get $x) (local.get $y))))

  ;; Many locals live across the loop, so the allocator takes homes under pressure;
  ;; the set-first local is still right on the early exit and after the loop.
  (func (export "pressure") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $x i32) (local $i i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (local.set $c (i32.const 3))
    (local.set $d (i32.const 4)) (local.set $e (i32.const 5)) (local.set $x (i32.const 6))
    (block $out
      (loop $l
        (local.set $x (i32.add
          (i32.add (i32.mul (local.get $a) (local.get $b)) (i32.mul (local.get $c) (local.get $d)))
          (i32.add (i32.mul (local.get $e) (local.get $i)) (i32.mul (local.get $a) (local.get $c)))))
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $a (i32.add (local.get $a) (local.get $x)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (i32.add (local.get $x) (i32.mul (local.get $a) (i32.const 7))))
)
(assert_return (invoke "set_first" (i32.const 1)) (i32.const 0))
(assert_return (invoke "set_first" (i32.const 4)) (i32.const 18))
(assert_return (invoke "exit_before_set" (i32.const 0)) (i32.const 77))
(assert_return (invoke "exit_before_set" (i32.const 3)) (i32.const 102))
(assert_return (invoke "read_then_set" (i32.const 1)) (i32.const 8))
(assert_return (invoke "read_then_set" (i32.const 4)) (i32.const 17))
(assert_return (invoke "tee_first" (i32.const 1)) (i64.const 0))
(assert_return (invoke "tee_first" (i32.const 3)) (i64.const 0x200000002))
(assert_return (invoke "float_first" (i32.const 1)) (f64.const 0))
(assert_return (invoke "float_first" (i32.const 4)) (f64.const 17))
(assert_return (invoke "call_before_set" (i32.const 5) (i32.const 3)) (i32.const 42))
(assert_return (invoke "call_before_set" (i32.const 5) (i32.const 2)) (i32.const 1000))
(assert_return (invoke "call_before_set" (i32.const 2) (i32.const 0)) (i32.const 11001))
(assert_return (invoke "call_before_set" (i32.const 5) (i32.const 0)) (i32.const 1002))
(assert_return (invoke "call_then_set" (i32.const 1)) (i32.const 0))
(assert_return (invoke "call_then_set" (i32.const 4)) (i32.const 9018))
(assert_return (invoke "nested" (i32.const 1)) (i32.const 940))
(assert_return (invoke "nested" (i32.const 2)) (i32.const 1969))
(assert_return (invoke "pressure" (i32.const 0)) (i32.const 24))
(assert_return (invoke "pressure" (i32.const 2)) (i32.const 1522))
