;; The garbage collector's roots: objects held only in a value-stack slot across a call
;; that allocates, in locals and parameters (also in loops whose locals live in registers),
;; in globals, tables, arrays of references, exception payloads, externref slots of
;; converted objects, deep recursion and multi-value results; and cycles. Each test
;; allocates garbage (`$churn`) while its objects are held, then reads them back. The
;; suite runs it as a regression, under GC stress (a collection at every allocation, freed
;; memory poisoned) and with a 1 MiB heap limit (collections in earnest): see tests/spec.rs.

(module
  (type $box (struct (field (mut i64))))
  (type $pair (struct (field (mut (ref null any))) (field (mut (ref null any)))))
  (type $refs (array (mut (ref null any))))
  (type $bytes (array (mut i8)))
  (global $g (mut (ref null any)) (ref.null any))
  (global $ge (mut externref) (ref.null extern))
  (table $t 4 (ref null any))
  (tag $e (param (ref null any) i32))

  ;; `n` garbage objects: boxes, and a 2000-byte array every 16th.
  (func $churn (param $n i32)
    (loop $l
      (drop (struct.new $box (i64.extend_i32_u (local.get $n))))
      (if (i32.eqz (i32.and (local.get $n) (i32.const 15)))
        (then (drop (array.new_default $bytes (i32.const 2000)))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))

  (func $box (param $v i64) (result (ref $box)) (struct.new $box (local.get $v)))
  (func $unbox (param $r (ref null any)) (result i64)
    (struct.get $box 0 (ref.cast (ref $box) (local.get $r))))
  (func $first (param $r (ref null any)) (result (ref null any))
    (struct.get $pair 0 (ref.cast (ref $pair) (local.get $r))))
  (func $second (param $r (ref null any)) (result (ref null any))
    (struct.get $pair 1 (ref.cast (ref $pair) (local.get $r))))

  ;; Held in a home slot of the value stack across the call.
  (func (export "stack") (param $n i32) (result i64)
    (call $box (i64.const 41))
    (call $box (i64.const 1))
    (call $churn (local.get $n))
    (call $unbox)
    (call $churn (local.get $n))
    (drop)
    (call $unbox))

  ;; In locals and a parameter across calls, replaced in a loop that calls.
  (func $locals (export "locals") (param $n i32) (result i64)
    (local $a (ref null any)) (local $b (ref null any)) (local $i i32)
    (local.set $a (call $box (i64.const 1)))
    (local.set $b (struct.new $pair (local.get $a) (call $box (i64.const 2))))
    (loop $l
      (call $churn (i32.const 40))
      (local.set $a (call $box (i64.add (call $unbox (local.get $a)) (i64.const 1))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i64.add
      (i64.add (call $unbox (local.get $a)) (call $unbox (call $second (local.get $b))))
      (call $unbox (call $first (local.get $b)))))

  ;; A list built in a loop without calls (its locals in registers across the inline
  ;; allocations), then summed.
  (func (export "list") (param $n i32) (result i64)
    (local $head (ref null any)) (local $i i32) (local $sum i64)
    (loop $l
      (local.set $head
        (struct.new $pair (struct.new $box (i64.extend_i32_u (local.get $i))) (local.get $head)))
      (drop (array.new_default $bytes (i32.const 100)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (call $churn (i32.const 200))
    (block $done
      (loop $walk
        (br_if $done (ref.is_null (local.get $head)))
        (local.set $sum (i64.add (local.get $sum) (call $unbox (call $first (local.get $head)))))
        (local.set $head (call $second (local.get $head)))
        (br $walk)))
    (local.get $sum))

  ;; Fields of a struct being made, held in registers across its inline allocation.
  (func (export "fields") (param $n i32) (result i64)
    (local $i i32) (local $p (ref null any))
    (loop $l
      (local.set $p
        (struct.new $pair
          (struct.new $box (i64.extend_i32_u (local.get $i)))
          (struct.new $pair (struct.new $box (i64.const 7)) (local.get $p))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (call $churn (i32.const 100))
    (i64.add (call $unbox (call $first (local.get $p)))
             (call $unbox (call $first (call $second (local.get $p))))))

  ;; Globals, tables and an array of references.
  (func (export "globals") (param $n i32) (result i64)
    (local $a (ref $refs))
    (global.set $g (call $box (i64.const 100)))
    (global.set $ge (extern.convert_any (call $box (i64.const 200))))
    (table.set $t (i32.const 2) (call $box (i64.const 300)))
    (local.set $a (array.new $refs (ref.null any) (i32.const 8)))
    (array.set $refs (local.get $a) (i32.const 5) (call $box (i64.const 400)))
    (table.set $t (i32.const 3) (local.get $a))
    (local.set $a (array.new $refs (ref.null any) (i32.const 1)))
    (call $churn (local.get $n))
    (i64.add
      (i64.add (call $unbox (global.get $g)) (call $unbox (any.convert_extern (global.get $ge))))
      (i64.add (call $unbox (table.get $t (i32.const 2)))
               (call $unbox (array.get $refs (ref.cast (ref $refs) (table.get $t (i32.const 3))) (i32.const 5))))))

  ;; An exception's payload while the handler's code allocates, and a thrown object
  ;; across frames that allocate.
  (func $thrower (param $n i32)
    (local $b (ref null any))
    (local.set $b (call $box (i64.const 55)))
    (call $churn (local.get $n))
    (throw $e (local.get $b) (local.get $n)))
  (func (export "exception") (param $n i32) (result i64)
    (block $h (result (ref null any) i32)
      (try_table (catch $e $h)
        (call $thrower (local.get $n)))
      (return (i64.const -1)))
    (call $churn (local.get $n))
    (drop)
    (call $unbox))

  ;; One object per frame of a deep recursion, read back after the deepest frame churns.
  (func $deep (param $d i32) (result i64)
    (local $mine (ref null any))
    (local.set $mine (call $box (i64.extend_i32_u (local.get $d))))
    (if (result i64) (i32.eqz (local.get $d))
      (then (call $churn (i32.const 300)) (i64.const 0))
      (else (i64.add (call $deep (i32.sub (local.get $d) (i32.const 1))) (call $unbox (local.get $mine))))))
  (func (export "deep") (param $d i32) (result i64) (call $deep (local.get $d)))

  ;; Several results, objects among them, through a call that churns.
  (func $two (param $n i32) (result (ref null any) i64 (ref null any))
    (call $box (i64.const 3))
    (i64.const 4)
    (call $box (i64.const 5))
    (call $churn (local.get $n)))
  (func (export "results") (param $n i32) (result i64)
    (local $c (ref null any)) (local $b i64)
    (call $two (local.get $n))
    (local.set $c)
    (local.set $b)
    (call $churn (local.get $n))
    (i64.add (i64.add (call $unbox) (local.get $b)) (call $unbox (local.get $c))))

  ;; Cycles: rings of pairs, each dropped once made; the last kept and walked.
  (func (export "cycles") (param $rings i32) (result i64)
    (local $a (ref null any)) (local $b (ref null any)) (local $i i32)
    (loop $l
      (local.set $a (struct.new $pair (call $box (i64.const 1)) (ref.null any)))
      (local.set $b (struct.new $pair (call $box (i64.const 2)) (local.get $a)))
      (struct.set $pair 1 (ref.cast (ref $pair) (local.get $a)) (local.get $b))
      (drop (array.new_default $bytes (i32.const 1000)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $rings))))
    (call $churn (i32.const 100))
    ;; a -> b -> a
    (i64.add (call $unbox (call $first (call $second (local.get $a))))
             (call $unbox (call $first (call $second (call $second (local.get $a)))))))
)

(assert_return (invoke "stack" (i32.const 500)) (i64.const 41))
(assert_return (invoke "locals" (i32.const 30)) (i64.const 34))
(assert_return (invoke "list" (i32.const 2000)) (i64.const 1999000))
(assert_return (invoke "fields" (i32.const 1000)) (i64.const 1006))
(assert_return (invoke "globals" (i32.const 800)) (i64.const 1000))
(assert_return (invoke "exception" (i32.const 500)) (i64.const 55))
(assert_return (invoke "deep" (i32.const 200)) (i64.const 20100))
(assert_return (invoke "results" (i32.const 500)) (i64.const 12))
(assert_return (invoke "cycles" (i32.const 1500)) (i64.const 3))
