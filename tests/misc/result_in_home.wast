;; Results computed straight into the loop home of the local the next operator sets
;; (CodeGen::alloc_result, home_for_result): loads, comparisons, call results and
;; three-operand results, and x = e op x with the operands traded (int_binop). Loops that
;; call (homes written through) and loops that do not (written back); the local set may
;; also be read by the operator itself (the address of its load, an operand of its
;; comparison), or still be on the stack. Expected values: onepass before the change.
(module
  (memory 1)
  (data (i32.const 0) "\08\00\00\00\10\00\00\00\18\00\00\00\04\00\00\00\0c\00\00\00\14\00\00\00\00\00\00\00\1c\00\00\00")
  (data (i32.const 64) "\00\00\00\00\00\00\f8\3f\00\00\00\00\00\00\04\40\00\00\00\00\00\00\12\c0")
  (func $inc (param i32) (result i32) (i32.add (local.get 0) (i32.const 3)))
  (func $fneg (param f64) (result f64) (f64.neg (local.get 0)))

  ;; Pointer chasing: x = load(x), the address is the home itself.
  (func (export "chase") (param $n i32) (result i32) (local $x i32) (local $s i32)
    (loop $l
      (local.set $x (i32.load (local.get $x)))
      (local.set $s (i32.add (i32.mul (local.get $s) (i32.const 7)) (local.get $x)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (i32.add (local.get $s) (local.get $x)))

  ;; A load into the home of another local, whose old value is read in the same statement.
  (func (export "load_other") (param $n i32) (result i32) (local $x i32) (local $y i32) (local $i i32)
    (local.set $y (i32.const 5))
    (loop $l
      (local.set $x (i32.load (i32.and (i32.shl (local.get $i) (i32.const 2)) (i32.const 31))))
      (local.set $y (i32.add (local.get $y) (i32.mul (local.get $x) (local.get $y))))
      (local.set $y (i32.and (local.get $y) (i32.const 0xffff)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (i32.mul (local.get $x) (i32.const 1000)) (local.get $y)))

  ;; Comparisons set into homes, reading the local they set.
  (func (export "compare_self") (param $n i32) (result i32) (local $x i32) (local $c i32) (local $i i32)
    (local.set $x (i32.const 9))
    (loop $l
      (local.set $x (i32.lt_u (local.get $x) (local.get $i)))
      (local.set $c (i32.add (local.get $c) (i32.add (local.get $x) (i32.const 1))))
      (local.set $x (i32.add (local.get $x) (i32.mul (local.get $i) (i32.const 2))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.ne (local.get $i) (local.get $n))))
    (i32.add (i32.mul (local.get $c) (i32.const 100)) (local.get $x)))

  ;; Call results into homes (a written-through loop), and x = f(x).
  (func (export "call_self") (param $n i32) (result i32) (local $x i32) (local $s i32)
    (loop $l
      (local.set $x (call $inc (local.get $x)))
      (local.set $s (i32.xor (local.get $s) (i32.mul (local.get $x) (local.get $n))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (i32.add (local.get $s) (local.get $x)))

  ;; x = e op x for every operation, commutative or not, with calls (written through).
  (func (export "ops_through") (param $n i32) (result i64) (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $f i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (local.set $c (i32.const 3))
    (local.set $d (i32.const 4)) (local.set $e (i32.const 5)) (local.set $f (i32.const 6))
    (loop $l
      (local.set $a (i32.add (call $inc (local.get $n)) (local.get $a)))
      (local.set $b (i32.sub (call $inc (local.get $n)) (local.get $b)))
      (local.set $c (i32.mul (call $inc (local.get $n)) (local.get $c)))
      (local.set $d (i32.and (call $inc (local.get $n)) (local.get $d)))
      (local.set $e (i32.or (call $inc (local.get $n)) (local.get $e)))
      (local.set $f (i32.xor (call $inc (local.get $n)) (local.get $f)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (i64.add
      (i64.add (i64.extend_i32_u (i32.add (local.get $a) (local.get $b)))
               (i64.shl (i64.extend_i32_u (i32.add (local.get $c) (local.get $d))) (i64.const 32)))
      (i64.extend_i32_u (i32.mul (local.get $e) (local.get $f)))))

  ;; The same without calls (written back), 64-bit.
  (func (export "ops_back") (param $n i64) (result i64) (local $a i64) (local $b i64) (local $c i64) (local $t i64)
    (local.set $a (i64.const 1)) (local.set $b (i64.const 2)) (local.set $c (i64.const 3))
    (loop $l
      (local.set $t (i64.add (local.get $n) (i64.const 11)))
      (local.set $a (i64.add (i64.mul (local.get $t) (local.get $c)) (local.get $a)))
      (local.set $b (i64.sub (i64.xor (local.get $t) (local.get $a)) (local.get $b)))
      (local.set $c (i64.mul (i64.add (local.get $t) (i64.const 1)) (local.get $c)))
      (local.set $n (i64.sub (local.get $n) (i64.const 1)))
      (br_if $l (i64.ne (local.get $n) (i64.const 0))))
    (i64.add (local.get $a) (i64.add (local.get $b) (local.get $c))))

  ;; Tees and chains into homes, and a value of the local still on the stack.
  (func (export "tee_chain") (param $n i32) (result i32) (local $x i32) (local $y i32) (local $i i32)
    (loop $l
      (local.set $y (local.tee $x (i32.load offset=4 (i32.and (local.get $i) (i32.const 24)))))
      (local.set $x (i32.add (local.get $x)
        (block (result i32) (local.set $x (i32.load (i32.const 12))) (local.get $x))))
      (local.set $y (i32.add (local.get $y) (local.get $x)))
      (local.set $i (i32.add (local.get $i) (i32.const 5)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (i32.mul (local.get $x) (i32.const 256)) (local.get $y)))

  ;; Floats: loads and call results into float homes, a float compare into an int home.
  (func (export "floats") (param $n i32) (result f64) (local $f f64) (local $g f64) (local $k i32) (local $i i32)
    (loop $l
      (local.set $f (f64.load offset=64 (i32.shl (i32.rem_u (local.get $i) (i32.const 3)) (i32.const 3))))
      (local.set $k (i32.add (local.get $k) (f64.lt (local.get $f) (local.get $g))))
      (local.set $g (f64.add (local.get $g) (call $fneg (local.get $f))))
      (local.set $g (f64.mul (local.get $f) (local.get $g)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (f64.add (local.get $g) (f64.convert_i32_u (local.get $k))))
  ;; Results of operations on temporaries (not locals) into homes: in-place operations
  ;; become three-operand ones whose destination is the home (lea, imul, rorx on x86-64).
  (func (export "temps_back") (param $n i32) (result i64) (local $a i32) (local $b i32) (local $c i64) (local $d i64) (local $i i32)
    (loop $l
      (local.set $a (i32.add (i32.mul (local.get $i) (i32.const 3)) (i32.const 5)))
      (local.set $b (i32.xor (i32.add (local.get $a) (local.get $i)) (local.get $b)))
      (local.set $c (i64.rotl (i64.mul (i64.extend_i32_u (local.get $b)) (i64.const 0x9e3779b97f4a7c15)) (i64.const 17)))
      (local.set $d (i64.add (i64.shl (i64.xor (local.get $c) (local.get $d)) (i64.const 3)) (local.get $c)))
      (local.set $a (i32.shr_u (i32.sub (local.get $b) (local.get $a)) (i32.const 2)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i64.add (i64.extend_i32_u (local.get $a)) (i64.xor (local.get $c) (local.get $d))))
  (func (export "temps_through") (param $n i32) (result i64) (local $a i32) (local $b i32) (local $c i64) (local $i i32)
    (loop $l
      (local.set $a (i32.add (call $inc (local.get $i)) (i32.const 7)))
      (local.set $b (i32.sub (i32.mul (local.get $a) (local.get $a)) (local.get $b)))
      (local.set $c (i64.sub (i64.extend_i32_s (local.get $b)) (i64.const 1000)))
      (local.set $c (i64.shr_s (i64.add (local.get $c) (local.get $c)) (i64.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i64.add (i64.extend_i32_u (i32.add (local.get $a) (local.get $b))) (local.get $c)))

)
(assert_return (invoke "chase" (i32.const 1)) (i32.const 16))
(assert_return (invoke "chase" (i32.const 5)) (i32.const 27544))
(assert_return (invoke "chase" (i32.const 13)) (i32.const -265117936))
(assert_return (invoke "load_other" (i32.const 1)) (i32.const 8045))
(assert_return (invoke "load_other" (i32.const 9)) (i32.const 60349))
(assert_return (invoke "compare_self" (i32.const 1)) (i32.const 100))
(assert_return (invoke "compare_self" (i32.const 20)) (i32.const 2138))
(assert_return (invoke "call_self" (i32.const 1)) (i32.const 6))
(assert_return (invoke "call_self" (i32.const 7)) (i32.const 69))
(assert_return (invoke "ops_through" (i32.const 1)) (i64.const 68719476753))
(assert_return (invoke "ops_through" (i32.const 9)) (i64.const 1028648103365837029))
(assert_return (invoke "ops_back" (i64.const 1)) (i64.const 115))
(assert_return (invoke "ops_back" (i64.const 17)) (i64.const 7174745229807478869))
(assert_return (invoke "tee_chain" (i32.const 1)) (i32.const 5156))
(assert_return (invoke "tee_chain" (i32.const 40)) (i32.const 5156))
(assert_return (invoke "floats" (i32.const 1)) (f64.const -2.25))
(assert_return (invoke "floats" (i32.const 10)) (f64.const 13387.46142578125))
(assert_return (invoke "temps_back" (i32.const 1)) (i64.const 722890168745439568))
(assert_return (invoke "temps_back" (i32.const 50)) (i64.const 26850611225017333))
(assert_return (invoke "temps_through" (i32.const 1)) (i64.const -790))
(assert_return (invoke "temps_through" (i32.const 9)) (i64.const -550))
