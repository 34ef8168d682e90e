;; Nested loops whose outer loop is too long to read to its end (512 bytes): the outer
;; loop takes half of the homes, the inner loop homes its own; the values must come out
;; the same as with every local in the frame (see golden control/partial_loop_homes).
(module (func (export "nested") (param $n i32) (result i32)
  (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $i i32) (local $s i32)
  (local.set $a (local.get $n)) (local.set $c (i32.const 7))
  (loop $outer
    (local.set $a (i32.add (local.get $a) (local.get $b)))
    (local.set $b (i32.add (local.get $b) (local.get $c)))
    (local.set $c (i32.add (local.get $c) (local.get $a)))
    (local.set $d (i32.add (local.get $d) (local.get $e)))
    (local.set $e (i32.add (local.get $e) (i32.const 1)))
    nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop
    (local.set $i (local.get $n))
    (loop $inner
      (local.set $s (i32.xor (local.get $s) (local.get $i)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_if $inner (local.get $i)))
    (br_if $outer (i32.lt_u (local.get $e) (i32.const 3))))
  (i32.add (local.get $s) (i32.add (local.get $a) (local.get $d)))))
(assert_return (invoke "nested" (i32.const 1)) (i32.const 27))
(assert_return (invoke "nested" (i32.const 5)) (i32.const 35))
(assert_return (invoke "nested" (i32.const 100)) (i32.const 324))
(assert_return (invoke "nested" (i32.const 12345)) (i32.const 24715))

;; The same shape with calls past the part read (so the outer loop's homes are written back
;; and must reach the frame before each call clobbers them), a throw caught inside the loop
;; and a branch out of both loops.
(module
  (tag $t (param i32))
  (func $mix (param i32) (result i32) (i32.add (i32.mul (local.get 0) (i32.const 3)) (i32.const 1)))
  (func $boom (param i32) (throw $t (local.get 0)))
  (func (export "calls") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $i i32) (local $s i32)
    (local.set $a (local.get $n)) (local.set $c (i32.const 7))
    (block $out
      (loop $outer
        (local.set $a (i32.add (local.get $a) (local.get $b)))
        (local.set $b (i32.add (local.get $b) (local.get $c)))
        (local.set $c (i32.add (local.get $c) (local.get $a)))
        (local.set $d (i32.add (local.get $d) (local.get $e)))
        (local.set $e (i32.add (local.get $e) (i32.const 1)))
        nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop nop
        (local.set $b (call $mix (local.get $b)))
        (local.set $a (i32.add (local.get $a) (local.get $b)))
        (local.set $d (block $caught (result i32)
          (try_table (catch $t $caught)
            (if (i32.and (local.get $e) (i32.const 1)) (then (call $boom (local.get $c)))))
          (local.get $d)))
        (br_if $out (i32.gt_u (local.get $e) (i32.const 4)))
        (local.set $i (local.get $n))
        (loop $inner
          (local.set $s (i32.xor (local.get $s) (local.get $i)))
          (local.set $c (call $mix (local.get $c)))
          (local.set $i (i32.sub (local.get $i) (i32.const 1)))
          (br_if $inner (local.get $i)))
        (br $outer)))
    (i32.add (local.get $s) (i32.add (local.get $a) (i32.add (local.get $b) (i32.add (local.get $c) (local.get $d)))))))
(assert_return (invoke "calls" (i32.const 1)) (i32.const 201565))
(assert_return (invoke "calls" (i32.const 3)) (i32.const 87903235))
(assert_return (invoke "calls" (i32.const 50)) (i32.const -2028944376))
