;; Write-back loop homes (src/compiler/homes.rs, `write_back_homes`): in a loop that calls
;; nothing, a `local.set` of a homed local only updates its register; the frame is brought
;; up to date on every edge leaving the loop and before a home stops holding its local.
;; Each function leaves its loop a different way and reads the locals afterwards.
(module
  (memory 1)
  (func $id (param i32) (result i32) (local.get 0))

  ;; Exit by the loop's fallthrough end.
  (func (export "fallthrough") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (local.get $i)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (i32.mul (local.get $s) (i32.const 1000)) (local.get $i)))

  ;; Exit by br_if to an outer block, then a call reads nothing but the frame matters
  ;; for the reads after it.
  (func (export "br_if_exit") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.add (local.get $s) (i32.mul (local.get $i) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (drop (call $id (i32.const 7)))
    (i32.add (i32.mul (local.get $s) (i32.const 1000)) (local.get $i)))

  ;; Exit by br_table to two depths (or back to the loop).
  (func (export "br_table_exit") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $out
      (block $mid
        (loop $l
          (local.set $s (i32.add (local.get $s) (i32.const 3)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          ;; 0 while i < n, then 1 ($mid) for an odd n, 2 ($out) for an even one.
          (br_table $l $mid $out
            (select (i32.const 0)
              (select (i32.const 1) (i32.const 2) (i32.and (local.get $n) (i32.const 1)))
              (i32.lt_u (local.get $i) (local.get $n))))))
      (local.set $s (i32.add (local.get $s) (i32.const 100000))))
    (i32.add (local.get $s) (i32.mul (local.get $i) (i32.const 1000000))))

  ;; A set on one arm of an if inside the loop; the join keeps the homes.
  (func (export "if_inside") (param $n i32) (result i32)
    (local $i i32) (local $odd i32) (local $even i32)
    (loop $l
      (if (i32.and (local.get $i) (i32.const 1))
        (then (local.set $odd (i32.add (local.get $odd) (local.get $i))))
        (else (local.set $even (i32.add (local.get $even) (local.get $i)))))
      (if (i32.eq (local.get $i) (i32.const 5))
        (then (local.set $even (i32.add (local.get $even) (i32.const 1000)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (i32.mul (local.get $odd) (i32.const 100000)) (local.get $even)))

  ;; Nested loops leaving the inner one by a branch to the outer block.
  (func (export "nested") (param $n i32) (result i32)
    (local $i i32) (local $j i32) (local $s i32)
    (block $done
      (loop $outer
        (local.set $j (i32.const 0))
        (loop $inner
          (local.set $s (i32.add (local.get $s) (i32.const 1)))
          (br_if $done (i32.eq (local.get $s) (i32.const 50)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_if $inner (i32.lt_u (local.get $j) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $outer (i32.lt_u (local.get $i) (local.get $n)))))
    (i32.add (i32.mul (local.get $i) (i32.const 10000))
      (i32.add (i32.mul (local.get $j) (i32.const 100)) (local.get $s))))

  ;; Many values live at once inside the loop: the allocator runs short of registers and
  ;; may take a home, which must reach the frame first.
  (func (export "pressure") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $i i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (local.set $c (i32.const 3))
    (local.set $d (i32.const 4)) (local.set $e (i32.const 5))
    (loop $l
      (local.set $a (i32.add (local.get $a)
        (i32.add (i32.add (i32.mul (local.get $b) (i32.const 3)) (i32.mul (local.get $c) (i32.const 5)))
          (i32.add (i32.mul (local.get $d) (i32.const 7))
            (i32.add (i32.mul (local.get $e) (i32.const 11))
              (i32.add (i32.load (i32.const 0)) (i32.load (i32.const 4))))))))
      (local.set $b (i32.xor (local.get $b) (local.get $a)))
      (local.set $c (i32.add (local.get $c) (local.get $b)))
      (local.set $d (i32.sub (local.get $d) (local.get $c)))
      (local.set $e (i32.rotl (local.get $e) (local.get $d)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.xor (i32.xor (local.get $a) (local.get $b))
      (i32.xor (i32.xor (local.get $c) (local.get $d)) (local.get $e))))

  ;; Return from inside the loop, and a tee.
  (func (export "return_inside") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $s)))
      (if (i32.ge_u (local.get $i) (local.get $n)) (then (return (local.get $s))))
      (br $l))
    (unreachable))

  ;; 64-bit and float locals.
  (func (export "mixed") (param $n i32) (result f64)
    (local $i i32) (local $x i64) (local $y f64)
    (loop $l
      (local.set $x (i64.add (local.get $x) (i64.extend_i32_u (local.get $i))))
      (local.set $y (f64.add (local.get $y) (f64.convert_i64_u (local.get $x))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (f64.add (local.get $y) (f64.convert_i64_u (i64.mul (local.get $x) (i64.const 1000000))))))

(assert_return (invoke "fallthrough" (i32.const 10)) (i32.const 45010))
(assert_return (invoke "fallthrough" (i32.const 0)) (i32.const 1))
(assert_return (invoke "br_if_exit" (i32.const 10)) (i32.const 285010))
(assert_return (invoke "br_if_exit" (i32.const 0)) (i32.const 0))
(assert_return (invoke "br_table_exit" (i32.const 4)) (i32.const 4000012))
(assert_return (invoke "br_table_exit" (i32.const 5)) (i32.const 5100015))
(assert_return (invoke "br_table_exit" (i32.const 0)) (i32.const 1000003))
(assert_return (invoke "if_inside" (i32.const 10)) (i32.const 2501020))
(assert_return (invoke "nested" (i32.const 100)) (i32.const 100350))
(assert_return (invoke "nested" (i32.const 5)) (i32.const 50411))
(assert_return (invoke "pressure" (i32.const 1)) (i32.const -20971526))
(assert_return (invoke "pressure" (i32.const 10)) (i32.const 1109468525))
(assert_return (invoke "pressure" (i32.const 1000)) (i32.const 2000130496))
(assert_return (invoke "return_inside" (i32.const 10)) (i32.const 55))
(assert_return (invoke "mixed" (i32.const 4)) (f64.const 6000010))
