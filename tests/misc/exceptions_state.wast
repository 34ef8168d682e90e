;; Exception handling against the compiler's state: a landing pad is compiled in the state
;; of its try_table's start, so values below the try, locals kept in registers by loops
;; (homes), constants and lazily read locals must all be where it expects them, whichever
;; call inside threw. Also: nested tries in one function (no clause matches the inner one),
;; a throw caught in its own function, catch to a loop label, try_table with parameters and
;; results, every value type in a payload, and an exnref in a payload.

(module
  (type $i2i (func (param i32) (result i32)))
  (tag $t (param i32))
  (tag $other (param i32))
  (tag $wide (param i32 i64 f32 f64 v128 (ref null $i2i)))
  (tag $boxed (param exnref))

  (func $maybe_throw (param i32)
    (if (i32.eq (local.get 0) (i32.const 3)) (then (throw $t (i32.const 300))))
    (if (i32.eq (local.get 0) (i32.const 5)) (then (throw $other (i32.const 500)))))

  ;; A loop whose locals live in registers, a try inside it: after each catch the loop
  ;; goes on with the locals as they were when the callee threw.
  (func (export "loop_homes") (param $n i32) (result i32 i32 i32)
    (local $i i32) (local $acc i32) (local $caught i32)
    (loop $again
      (local.set $acc (i32.add (local.get $acc) (local.get $i)))
      (block $c (result i32)
        (try_table (catch $t $c)
          (local.set $acc (i32.add (local.get $acc) (i32.const 1000)))
          (call $maybe_throw (local.get $i))
          (local.set $acc (i32.add (local.get $acc) (i32.const 1))))
        (br 0 (i32.const 0)))
      (local.set $caught (i32.add (local.get $caught)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $i) (local.get $acc) (local.get $caught))

  ;; Values below the try (a constant, a lazily read local, a computed value) survive.
  (func (export "below") (param $x i32) (result i32 i32 i32 i32)
    (i32.const 7)
    (local.get $x)
    (i32.mul (local.get $x) (i32.const 3))
    (block $c (result i32)
      (try_table (result i32) (catch $t $c)
        (local.set $x (i32.const -1))
        (call $maybe_throw (i32.const 3))
        (i32.const 0))))

  ;; The inner try only catches $other; $t goes to the outer one of the same function.
  (func (export "nested") (param i32) (result i32)
    (block $outer (result i32)
      (try_table (result i32) (catch $t $outer)
        (block $inner (result i32)
          (try_table (result i32) (catch $other $inner)
            (call $maybe_throw (local.get 0))
            (i32.const 1)))
        (i32.const 10000)
        (i32.add))))

  ;; A throw caught in its own function, from inside a block nested in the try.
  (func (export "local_throw") (param i32) (result i32)
    (block $c (result i32)
      (try_table (result i32) (catch $t $c)
        (block (block
          (br_if 1 (i32.eqz (local.get 0)))
          (throw $t (i32.add (local.get 0) (i32.const 40)))))
        (i32.const 0))))

  ;; A catch that branches to a loop: count down by throwing.
  (func (export "throw_loop") (param $n i32) (result i32)
    (local $count i32)
    (i32.const 0)
    (block $done (param i32)
      (loop $l (param i32)
        (drop)
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (try_table (catch $t $l) (throw $t (local.get $n)))))
    (local.get $count))

  (func (export "escape") (call $maybe_throw (i32.const 5)))

  ;; A tail call leaves the function: its try_table does not see what the callee throws,
  ;; whether the callee takes over the frame or (needing more argument room) is called.
  (func $throw_many (param i32 i32 i32 i32 i32 i32 i32 i32) (throw $t (local.get 7)))
  (func $tail_small (param i32)
    (block $c (result i32)
      (try_table (catch $t $c) (return_call $maybe_throw (local.get 0)))
      (unreachable))
    (drop))
  (func $tail_big (param i32)
    (block $c (result i32)
      (try_table (catch $t $c)
        (return_call $throw_many (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
          (i32.const 0) (i32.const 0) (i32.const 0) (local.get 0)))
      (unreachable))
    (drop))
  (func (export "tail_small") (param i32) (result i32)
    (block $c (result i32) (try_table (catch $t $c) (call $tail_small (local.get 0))) (i32.const -1)))
  (func (export "tail_big") (param i32) (result i32)
    (block $c (result i32) (try_table (catch $t $c) (call $tail_big (local.get 0))) (i32.const -1)))
  (func (export "tail_big_uncaught") (param i32) (call $tail_big (local.get 0)))

  ;; try_table with a parameter and results.
  (func (export "params") (param i32) (result i32 i32)
    (block $c (result i32)
      (local.get 0)
      (try_table (param i32) (result i32 i32) (catch $t $c)
        (call $maybe_throw (i32.const 3))
        (i32.const 5))
      (return))
    (i32.const 6))

  ;; Every value type in a payload.
  (func $ident (param i32) (result i32) (local.get 0))
  (elem declare func $ident)
  (func (export "wide") (result i32 i64 f32 f64 i32 i32)
    (local $f (ref null $i2i))
    (block $c (result i32 i64 f32 f64 v128 (ref null $i2i))
      (try_table (catch $wide $c)
        (throw $wide (i32.const -1) (i64.const 0x1122334455667788) (f32.const 1.5) (f64.const -2.25)
          (v128.const i32x4 1 2 3 4) (ref.func $ident)))
      (unreachable))
    (local.set $f)
    (i32x4.extract_lane 3)
    (call_ref $i2i (i32.const 33) (local.get $f)))

  ;; An exnref in a payload, thrown again after the outer catch.
  (func (export "boxed") (result i32)
    (local $e exnref)
    (block $got (result i32)
      (try_table (catch $t $got)
        (block $outer (result exnref)
          (try_table (catch $boxed $outer)
            (block $inner (result i32 exnref)
              (try_table (catch_ref $t $inner) (throw $t (i32.const 17)))
              (unreachable))
            (local.set $e)
            (drop)
            (throw $boxed (local.get $e)))
          (unreachable))
        (throw_ref))
      (unreachable)))

  (func (export "throw_ref_null") (throw_ref (ref.null exn)))
)

(assert_return (invoke "loop_homes" (i32.const 5)) (i32.const 5) (i32.const 5014) (i32.const 300))
(assert_return (invoke "below" (i32.const 4)) (i32.const 7) (i32.const 4) (i32.const 12) (i32.const 300))
(assert_return (invoke "nested" (i32.const 3)) (i32.const 300))
(assert_return (invoke "nested" (i32.const 5)) (i32.const 10500))
(assert_return (invoke "nested" (i32.const 1)) (i32.const 10001))
(assert_return (invoke "local_throw" (i32.const 2)) (i32.const 42))
(assert_return (invoke "local_throw" (i32.const 0)) (i32.const 0))
(assert_return (invoke "throw_loop" (i32.const 50)) (i32.const 50))
(assert_return (invoke "params" (i32.const 9)) (i32.const 300) (i32.const 6))
(assert_return (invoke "wide")
  (i32.const -1) (i64.const 0x1122334455667788) (f32.const 1.5) (f64.const -2.25) (i32.const 4) (i32.const 33))
(assert_return (invoke "boxed") (i32.const 17))
(assert_trap (invoke "throw_ref_null") "null reference")
(assert_exception (invoke "escape"))
(assert_return (invoke "tail_small" (i32.const 3)) (i32.const 300))
(assert_return (invoke "tail_big" (i32.const 8)) (i32.const 8))
(assert_exception (invoke "tail_big_uncaught" (i32.const 8)))
