;; Loop homes (src/compiler/homes.rs): a loop's busiest locals stay in registers across
;; its back-edges. Each function below breaks one of the rules that keep a home's value
;; right: back-edges that must restore homes (including cycles of moves), paths that lose
;; a home (calls, builtins, register pressure, one arm of an if), forward labels reached
;; with different homes, sibling and nested loops, and operations that read a home in
;; place (comparisons, addresses) or would change it (arithmetic, set_condition).
(module
  (memory 1)
;; Returns its argument, after holding ten values in registers at once (so a call to it
  ;; clobbers every allocatable integer register).
  (func $id (param i32) (result i32)
    (i32.sub (i32.add (i32.add (local.get 0) (i32.const 1)) (i32.add (i32.add (local.get 0) (i32.const 2)) (i32.add (i32.add (local.get 0) (i32.const 3)) (i32.add (i32.add (local.get 0) (i32.const 4)) (i32.add (i32.add (local.get 0) (i32.const 5)) (i32.add (i32.add (local.get 0) (i32.const 6)) (i32.add (i32.add (local.get 0) (i32.const 7)) (i32.add (i32.add (local.get 0) (i32.const 8)) (i32.add (i32.add (local.get 0) (i32.const 9)) (i32.add (local.get 0) (i32.const 10)))))))))))
      (i32.add (i32.mul (local.get 0) (i32.const 9)) (i32.const 55))))

  ;; a, b, c rotate each iteration: the back-edge moves form a cycle.
  (func (export "rotate") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $t i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (local.set $c (i32.const 3))
    (block (loop
      (br_if 1 (i32.eqz (local.get $n)))
      (local.set $t (local.get $a))
      (local.set $a (local.get $b))
      (local.set $b (local.get $c))
      (local.set $c (local.get $t))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br 0)))
    (i32.add (i32.mul (local.get $a) (i32.const 100))
      (i32.add (i32.mul (local.get $b) (i32.const 10)) (local.get $c))))

  ;; b + a puts the sum in b's register; a = b must not see it.
  (func (export "fib") (param $n i32) (result i64)
    (local $a i64) (local $b i64) (local $t i64)
    (local.set $b (i64.const 1))
    (block (loop
      (br_if 1 (i32.eqz (local.get $n)))
      (local.set $t (i64.add (local.get $b) (local.get $a)))
      (local.set $a (local.get $b))
      (local.set $b (local.get $t))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br 0)))
    (local.get $a))

  ;; A call inside the loop clobbers every home.
  (func (export "call_inside") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    (loop
      (local.set $sum (i32.add (local.get $sum) (call $id (local.get $i))))
      (local.set $sum (i32.add (local.get $sum) (local.get $i)))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $sum))

  ;; memory.grow (a builtin call) inside the loop.
  (func (export "grow_inside") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    (loop
      (local.set $sum (i32.add (local.get $sum) (i32.mul (local.get $i) (i32.const 3))))
      (drop (memory.grow (i32.const 0)))
      (local.set $sum (i32.add (local.get $sum) (local.get $i)))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $sum))

  ;; Only one arm of the if sets x (from another register): the end merges two states.
  (func (export "if_one_arm") (param $n i32) (result i32)
    (local $i i32) (local $x i32) (local $y i32)
    (local.set $y (i32.const 1))
    (loop
      (if (i32.and (local.get $i) (i32.const 1))
        (then (local.set $x (i32.add (local.get $x) (local.get $i))))
        (else (local.set $y (i32.add (local.get $y) (local.get $x)))))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (i32.mul (local.get $x) (i32.const 1000)) (local.get $y)))

  ;; A call in one arm clobbers every home: after the if, i is known only in the frame.
  (func (export "call_one_arm") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    (loop
      (if (i32.and (local.get $i) (i32.const 1))
        (then (local.set $sum (i32.add (local.get $sum) (call $id (i32.const 100))))))
      (local.set $sum (i32.add (local.get $sum) (local.get $i)))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $sum))

  ;; The same through a block left early, and an else taken after a call.
  (func (export "call_then_branch") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    (loop
      (block $skip
        (drop (call $id (local.get $i)))
        (br_if $skip (i32.and (local.get $sum) (i32.const 1)))
        (local.set $sum (i32.add (local.get $sum) (i32.const 1))))
      (if (i32.gt_u (local.get $i) (i32.const 2))
        (then (drop (call $id (i32.const 0))))
        (else (local.set $sum (i32.add (local.get $sum) (i32.const 10)))))
      (local.set $sum (i32.add (local.get $sum) (local.get $i)))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $sum))

  ;; An else-less if that sets the local from a constant, and a block left early.
  (func (export "if_no_else") (param $n i32) (result i32)
    (local $i i32) (local $x i32)
    (loop
      (block
        (br_if 0 (i32.eq (local.get $i) (i32.const 3)))
        (if (i32.gt_u (local.get $i) (i32.const 5)) (then (local.set $x (i32.const 100))))
        (local.set $x (i32.add (local.get $x) (i32.const 1))))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $x))

  ;; A loop with a parameter, continued with a value from inside a block.
  (func (export "loop_param") (param $n i32) (result i32)
    (local $i i32) (local $acc i32)
    (i32.const 0)
    (loop (param i32) (result i32)
      (local.set $acc (i32.add (local.get $acc) (i32.const 2)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (i32.add (local.get $i))
      (block (param i32) (result i32)
        (br_if 1 (i32.lt_u (local.get $i) (local.get $n)))))
    (i32.add (i32.mul (local.get $acc) (i32.const 1000))))

  ;; br_table back to the loop, out of it, or to a block's end.
  (func (export "table") (param $n i32) (result i32)
    (local $i i32) (local $a i32) (local $b i32)
    (block $out (loop $top
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (block $mid
        (local.set $a (i32.add (local.get $a) (local.get $i)))
        (br_table $top $mid $out (i32.rem_u (local.get $i) (i32.const 3))))
      (local.set $b (i32.add (local.get $b) (local.get $a)))
      (br_if $top (i32.lt_u (local.get $i) (local.get $n)))))
    (i32.add (i32.mul (local.get $a) (i32.const 1000)) (local.get $b)))

  ;; Nested loops, continuing the outer one from inside the inner one.
  (func (export "nested") (param $n i32) (result i32)
    (local $i i32) (local $j i32) (local $sum i32)
    (block $done (loop $outer
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $j (i32.const 0))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (loop $inner
        (local.set $sum (i32.add (local.get $sum) (i32.mul (local.get $i) (local.get $j))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $outer (i32.ge_u (local.get $j) (local.get $i)))
        (br $inner))))
    (local.get $sum))

  ;; Two sibling loops in one block: the first leaves the block while its homes hold; the
  ;; second gives its own local the same register. After the block only the frame is known.
  (func (export "siblings") (param $n i32) (result i32)
    (local $p i32) (local $q i32)
    (block $b
      (loop
        (local.set $p (i32.add (local.get $p) (i32.const 3)))
        (br_if $b (i32.gt_u (local.get $p) (local.get $n)))
        (br_if 0 (i32.lt_u (local.get $p) (i32.const 10))))
      (local.set $q (i32.const 1000))
      (loop
        (local.set $q (i32.add (local.get $q) (i32.const 7)))
        (br_if $b (i32.gt_u (local.get $q) (i32.const 1030)))
        (br 0)))
    (i32.add (i32.mul (local.get $p) (i32.const 10000)) (local.get $q)))

  ;; Floats in homes.
  (func (export "floats") (param $n i32) (result f64)
    (local $x f64) (local $y f32) (local $i i32)
    (local.set $x (f64.const 0.5))
    (loop
      (local.set $x (f64.add (f64.mul (local.get $x) (f64.const 2)) (f64.convert_i32_u (local.get $i))))
      (local.set $y (f32.add (local.get $y) (f32.const 0.25)))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (f64.add (local.get $x) (f64.promote_f32 (local.get $y))))

  ;; select between homes, with a fused comparison of homes.
  (func (export "select") (param $n i32) (result i32)
    (local $i i32) (local $lo i32) (local $hi i32)
    (local.set $hi (i32.const 50))
    (loop
      (local.set $lo (select (local.get $i) (local.get $lo) (i32.lt_u (local.get $lo) (local.get $i))))
      (local.set $hi (select (local.get $hi) (local.get $i) (i32.lt_u (local.get $hi) (local.get $i))))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (i32.mul (local.get $lo) (i32.const 1000)) (local.get $hi)))

  ;; A home used as an address: the load must not replace it.
  (func (export "sum_memory") (param $n i32) (result i32)
    (local $p i32) (local $sum i32) (local $end i32)
    (local.set $end (i32.mul (local.get $n) (i32.const 4)))
    (loop
      (i32.store (local.get $p) (i32.add (local.get $p) (i32.const 1)))
      (br_if 0 (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 4))) (local.get $end))))
    (local.set $p (i32.const 0))
    (loop
      (local.set $sum (i32.add (local.get $sum) (i32.load (local.get $p))))
      (br_if 0 (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 4))) (local.get $end))))
    (local.get $sum))

  ;; A comparison materialized as 0/1 from homes: its result must not land in a home.
  (func (export "set_condition") (param $n i32) (result i32)
    (local $i i32) (local $c i32) (local $k i32)
    (local.set $k (i32.const 5))
    (loop
      (local.set $c (i32.add (local.get $c) (i32.lt_u (local.get $i) (local.get $k))))
      (local.set $c (i32.add (local.get $c) (i32.eqz (local.get $i))))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (i32.mul (local.get $c) (i32.const 100)) (i32.add (local.get $k) (local.get $i))))

  ;; An old value of a home still on the stack when the local is set again.
  (func (export "old_value") (param $n i32) (result i32)
    (local $x i32) (local $i i32) (local $sum i32)
    (local.set $x (i32.const 10))
    (loop
      (local.set $sum
        (i32.add (local.get $sum)
          (i32.sub (local.get $x) (local.tee $x (i32.add (local.get $x) (local.get $i))))))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (i32.mul (local.get $sum) (i32.const 1000)) (local.get $x)))

  ;; More live values than registers inside the loop: homes get spilled and reused.
  (func (export "pressure") (param $n i32) (result i32)
    (local $i i32) (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (local.set $c (i32.const 3))
    (local.set $d (i32.const 4)) (local.set $e (i32.const 5))
    (loop
      (local.set $a
        (i32.add (local.get $a)
          (i32.add (i32.mul (local.get $b) (local.get $i))
            (i32.add (i32.mul (local.get $c) (local.get $d))
              (i32.add (i32.mul (local.get $e) (local.get $a))
                (i32.add (i32.mul (local.get $b) (local.get $c))
                  (i32.add (i32.mul (local.get $d) (local.get $e))
                    (i32.add (i32.mul (local.get $i) (local.get $i))
                      (i32.mul (local.get $a) (local.get $b))))))))))
      (local.set $e (i32.xor (local.get $e) (local.get $a)))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.xor (local.get $a) (local.get $e)))

  ;; An operation on a home changes it in place only when the next operator sets that
  ;; same local: here the results go to other locals, or the home is read twice.
  (func (export "set_other") (param $n i32) (result i32)
    (local $i i32) (local $j i32) (local $s i32)
    (loop
      (local.set $j (i32.mul (local.get $i) (i32.const 3)))
      (local.set $s (i32.add (local.get $s) (i32.add (local.get $j) (local.get $i))))
      (local.set $s (i32.add (local.get $s) (local.tee $j (i32.sub (local.get $j) (local.get $j)))))
      (local.set $j (i32.add (local.get $j) (local.get $i)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if 0 (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (i32.mul (local.get $s) (i32.const 1000)) (local.get $j)))

  ;; Copies between homes: a = b, then b changes.
  (func (export "copy_home") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $i i32)
    (local.set $b (i32.const 7))
    (loop
      (local.set $a (local.get $b))
      (local.set $b (i32.add (local.get $b) (i32.const 3)))
      (local.set $a (i32.add (local.get $a) (local.get $a)))
      (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (i32.mul (local.get $a) (i32.const 1000)) (local.get $b)))
)

(assert_return (invoke "rotate" (i32.const 0)) (i32.const 123))
(assert_return (invoke "rotate" (i32.const 1)) (i32.const 231))
(assert_return (invoke "rotate" (i32.const 5)) (i32.const 312))
(assert_return (invoke "rotate" (i32.const 9)) (i32.const 123))
(assert_return (invoke "fib" (i32.const 0)) (i64.const 0))
(assert_return (invoke "fib" (i32.const 1)) (i64.const 1))
(assert_return (invoke "fib" (i32.const 10)) (i64.const 55))
(assert_return (invoke "fib" (i32.const 90)) (i64.const 2880067194370816120))
(assert_return (invoke "call_inside" (i32.const 1)) (i32.const 0))
(assert_return (invoke "call_inside" (i32.const 10)) (i32.const 90))
(assert_return (invoke "grow_inside" (i32.const 10)) (i32.const 180))
(assert_return (invoke "if_one_arm" (i32.const 10)) (i32.const 25031))
(assert_return (invoke "call_one_arm" (i32.const 10)) (i32.const 545))
(assert_return (invoke "call_then_branch" (i32.const 10)) (i32.const 80))
(assert_return (invoke "if_no_else" (i32.const 10)) (i32.const 101))
(assert_return (invoke "if_no_else" (i32.const 5)) (i32.const 4))
(assert_return (invoke "loop_param" (i32.const 1)) (i32.const 2001))
(assert_return (invoke "loop_param" (i32.const 4)) (i32.const 8010))
(assert_return (invoke "table" (i32.const 100)) (i32.const 3001))
(assert_return (invoke "nested" (i32.const 4)) (i32.const 35))
(assert_return (invoke "nested" (i32.const 10)) (i32.const 1320))
(assert_return (invoke "siblings" (i32.const 100)) (i32.const 121035))
(assert_return (invoke "siblings" (i32.const 5)) (i32.const 60000))
(assert_return (invoke "floats" (i32.const 3)) (f64.const 8.75))
(assert_return (invoke "select" (i32.const 20)) (i32.const 19000))
(assert_return (invoke "select" (i32.const 70)) (i32.const 69000))
(assert_return (invoke "sum_memory" (i32.const 10)) (i32.const 190))
(assert_return (invoke "set_condition" (i32.const 10)) (i32.const 615))
(assert_return (invoke "old_value" (i32.const 5)) (i32.const -9980))
(assert_return (invoke "pressure" (i32.const 1)) (i32.const 5))
(assert_return (invoke "pressure" (i32.const 6)) (i32.const 1940687797))
(assert_return (invoke "copy_home" (i32.const 4)) (i32.const 32019))
(assert_return (invoke "set_other" (i32.const 10)) (i32.const 180009))
