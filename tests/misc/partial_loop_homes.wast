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
