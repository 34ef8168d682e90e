;; A lazy read of a local (a local.get whose value stays on the stack) is settled before
;; the local changes: into a free register when there is one, else into its home slot
;; (CodeGen::materialize_local). Each reads the old value after the set.
(module
  ;; x ^ (x = y + z), the Salsa20/ChaCha quarter-round shape.
  (func (export "xor_old") (param $x i32) (param $y i32) (param $z i32) (result i32)
    (i32.xor (local.get $x) (local.tee $x (i32.add (local.get $y) (local.get $z)))))
  ;; Two reads of the old value, then the new one.
  (func (export "two_old") (param $x i64) (result i64)
    (local.get $x) (local.get $x)
    (local.set $x (i64.const 100))
    (i64.add) (i64.mul (local.get $x)))
  ;; Floats and v128.
  (func (export "float_old") (param $x f64) (result f64)
    (f64.sub (local.get $x) (local.tee $x (f64.const 0.5))))
  (func (export "v128_old") (param $x i32) (result i32) (local $v v128)
    (local.set $v (i32x4.splat (local.get $x)))
    (i32x4.extract_lane 2 (i32x4.sub (local.get $v) (local.tee $v (i32x4.splat (i32.const 1))))))
  ;; Every register busy: the old value goes to its slot.
  (func (export "pressure") (param $a i32) (param $x i32) (result i32)
    (local.get $x)
    (i32.add (local.get $a) (i32.const 0)) (i32.add (local.get $a) (i32.const 1)) (i32.add (local.get $a) (i32.const 2)) (i32.add (local.get $a) (i32.const 3)) (i32.add (local.get $a) (i32.const 4)) (i32.add (local.get $a) (i32.const 5)) (i32.add (local.get $a) (i32.const 6)) (i32.add (local.get $a) (i32.const 7)) (i32.add (local.get $a) (i32.const 8)) (i32.add (local.get $a) (i32.const 9)) (i32.add (local.get $a) (i32.const 10)) (i32.add (local.get $a) (i32.const 11)) (i32.add (local.get $a) (i32.const 12)) (i32.add (local.get $a) (i32.const 13))
    (local.set $x (i32.const 1000))
    i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add
    (i32.add (local.get $x)))
  ;; In a loop whose locals have homes: swap through the old value.
  (func (export "loop_old") (param $n i32) (result i32) (local $a i32) (local $b i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2))
    (loop
      (local.get $a)
      (local.set $a (i32.add (local.get $a) (local.get $b)))
      (local.set $b)
      (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.add (i32.mul (local.get $a) (i32.const 1000)) (local.get $b))))

(assert_return (invoke "xor_old" (i32.const 0x0f0f) (i32.const 0x100) (i32.const 0x23)) (i32.const 0x0e2c))
(assert_return (invoke "two_old" (i64.const 7)) (i64.const 1400))
(assert_return (invoke "float_old" (f64.const 3.0)) (f64.const 2.5))
(assert_return (invoke "v128_old" (i32.const 9)) (i32.const 8))
(assert_return (invoke "pressure" (i32.const 1) (i32.const 5)) (i32.const 1110))
(assert_return (invoke "loop_old" (i32.const 10)) (i32.const 199123))
