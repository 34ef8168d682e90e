;; Reinterpretations read their operand wherever it is (CodeGen::reinterpret): a parameter
;; or local in the frame (loaded straight into the other register class), a constant, a
;; register that keeps a local (a loop home, read and left as it is), a value computed
;; just before. NaN payloads and signs must come through bit for bit.
(module
  (func (export "i64_of_param") (param f64) (result i64) (i64.reinterpret_f64 (local.get 0)))
  (func (export "f64_of_param") (param i64) (result f64) (f64.reinterpret_i64 (local.get 0)))
  (func (export "i32_of_param") (param f32) (result i32) (i32.reinterpret_f32 (local.get 0)))
  (func (export "f32_of_param") (param i32) (result f32) (f32.reinterpret_i32 (local.get 0)))
  (func (export "i64_of_const") (result i64) (i64.reinterpret_f64 (f64.const -0x1.8p+1)))
  (func (export "i32_of_const") (result i32) (i32.reinterpret_f32 (f32.const nan:0x200001)))
  (func (export "f64_of_const") (result f64) (f64.reinterpret_i64 (i64.const 0x7ff0000000000001)))
  (func (export "f32_of_const") (result f32) (f32.reinterpret_i32 (i32.const 0x80000001)))
  (func (export "i64_of_sum") (param f64 f64) (result i64) (i64.reinterpret_f64 (f64.add (local.get 0) (local.get 1))))
  (func (export "f32_of_sum") (param i32 i32) (result f32) (f32.reinterpret_i32 (i32.add (local.get 0) (local.get 1))))
  ;; Twice from the same local, the local read again after: the first read must not
  ;; change the register holding it.
  (func (export "twice") (param $x f64) (result i64)
    (i64.add (i64.reinterpret_f64 (local.get $x))
      (i64.add (i64.reinterpret_f64 (local.get $x)) (i64.trunc_f64_s (local.get $x)))))
  ;; From loop homes, both directions, the homes read again after.
  (func (export "loop_homes") (param $n i32) (param $f f64) (result i64) (local $bits i64) (local $acc i64) (local $g f64)
    (loop $l
      (local.set $bits (i64.reinterpret_f64 (local.get $f)))
      (local.set $acc (i64.add (local.get $acc) (i64.shr_u (local.get $bits) (i64.const 40))))
      (local.set $g (f64.reinterpret_i64 (i64.add (local.get $bits) (i64.const 1))))
      (local.set $f (f64.add (local.get $f) (local.get $g)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (i64.add (local.get $acc) (i64.reinterpret_f64 (local.get $f))))
  ;; Into a local set next (a loop home taken for the result).
  (func (export "into_home") (param $n i32) (result i32) (local $f f32) (local $i i32) (local $s i32)
    (loop $l
      (local.set $f (f32.reinterpret_i32 (i32.shl (i32.add (local.get $i) (i32.const 127)) (i32.const 23))))
      (local.set $s (i32.add (local.get $s) (i32.trunc_f32_u (local.get $f))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s)))

(assert_return (invoke "i64_of_param" (f64.const -0x1p-1074)) (i64.const 0x8000000000000001))
(assert_return (invoke "i64_of_param" (f64.const nan:0x4000000000001)) (i64.const 0x7ff4000000000001))
(assert_return (invoke "f64_of_param" (i64.const 0xfff0000000000000)) (f64.const -inf))
(assert_return (invoke "f64_of_param" (i64.const 0x3ff8000000000000)) (f64.const 1.5))
(assert_return (invoke "i32_of_param" (f32.const -nan:0x1)) (i32.const 0xff800001))
(assert_return (invoke "i32_of_param" (f32.const 1)) (i32.const 0x3f800000))
(assert_return (invoke "f32_of_param" (i32.const 0xc0400000)) (f32.const -3))
(assert_return (invoke "f32_of_param" (i32.const 0x00000001)) (f32.const 0x1p-149))
(assert_return (invoke "i64_of_const") (i64.const 0xc008000000000000))
(assert_return (invoke "i32_of_const") (i32.const 0x7fa00001))
(assert_return (invoke "f64_of_const") (f64.const nan:0x1))
(assert_return (invoke "f32_of_const") (f32.const -0x1p-149))
(assert_return (invoke "i64_of_sum" (f64.const 1) (f64.const 2)) (i64.const 0x4008000000000000))
(assert_return (invoke "f32_of_sum" (i32.const 0x3f000000) (i32.const 0x00800000)) (f32.const 1))
(assert_return (invoke "twice" (f64.const 2)) (i64.const 0x8000000000000002))
(assert_return (invoke "loop_homes" (i32.const 1) (f64.const 1)) (i64.const 0x40000000003ff000))
(assert_return (invoke "into_home" (i32.const 5)) (i32.const 31))
