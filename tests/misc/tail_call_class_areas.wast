;; Tail calls whose callee needs more argument room than the caller's frame has, or
;; another value layout, run in tail-call class areas (onepass_arch::tail_return): bounded
;; stack however long the chain, the results moved to where the first caller expects them.
;; Every loop here runs 300,000 times: one frame kept per call would need over 50 MB of
;; stack, far past the limit, so each assert_return also shows the stack stayed bounded.

(module
  ;; 2 parameters (room: 8 words) -> 20 (a class area of 32 words) -> back, in place.
  (func $f (export "ping_pong") (param $n i32) (param $acc i64) (result i64)
    (if (i32.eqz (local.get $n)) (then (return (local.get $acc))))
    (return_call $g (local.get $n) (local.get $acc) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18)))
  (func $g (param $n i32) (param $acc i64) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $f (i32.sub (local.get $n) (i32.const 1))
      (i64.add (local.get $acc) (i64.add (local.get 2) (local.get 19)))))

  ;; f -> g -> h (40 words: a larger class, made inside g's area) -> f -> g ...: after the
  ;; first round each call takes over the frame.
  (func $f3 (export "three_sizes") (param $n i32) (param $acc i64) (result i64)
    (if (i32.eqz (local.get $n)) (then (return (local.get $acc))))
    (return_call $g3 (local.get $n) (local.get $acc) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18)))
  (func $g3 (param $n i32) (param $acc i64) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $h3 (local.get $n) (i64.add (local.get $acc) (local.get 19)) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18) (i64.const 19) (i64.const 20) (i64.const 21) (i64.const 22) (i64.const 23) (i64.const 24) (i64.const 25) (i64.const 26) (i64.const 27) (i64.const 28) (i64.const 29) (i64.const 30) (i64.const 31) (i64.const 32) (i64.const 33) (i64.const 34) (i64.const 35) (i64.const 36) (i64.const 37) (i64.const 38)))
  (func $h3 (param $n i32) (param $acc i64) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (return_call $f3 (i32.sub (local.get $n) (i32.const 1))
      (i64.add (local.get $acc) (local.get 39))))

  ;; Several results: the stub copies them from the class area to the caller's.
  (func $m (export "multi") (param $n i32) (result i32 i64 f64)
    (if (i32.eqz (local.get $n)) (then (return (i32.const 7) (i64.const -8) (f64.const 9.5))))
    (return_call $mg (local.get $n) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18) (i64.const 0)))
  (func $mg (param $n i32) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (param i64) (result i32 i64 f64)
    (return_call $m (i32.sub (local.get $n) (i32.const 1))))
  (func (export "multi_sum") (param $n i32) (result f64)
    (local $a i32) (local $b i64) (local $c f64)
    (call $m (local.get $n))
    (local.set $c) (local.set $b) (local.set $a)
    (f64.add (f64.add (f64.convert_i32_s (local.get $a)) (f64.convert_i64_s (local.get $b))) (local.get $c)))

  ;; Another value layout: a narrow signature and a wide one (a v128 parameter) call each
  ;; other; a single f32, i64 or v128 result moves between a register and the area.
  (func $nf (export "narrow_wide_f32") (param $n i32) (param $x f32) (result f32)
    (if (i32.eqz (local.get $n)) (then (return (local.get $x))))
    (return_call $wf (v128.const f32x4 0.5 0 0 0) (local.get $n) (local.get $x)))
  (func $wf (param $v v128) (param $n i32) (param $x f32) (result f32)
    (return_call $nf (i32.sub (local.get $n) (i32.const 1))
      (f32.add (local.get $x) (f32x4.extract_lane 0 (local.get $v)))))
  (func $ni (export "narrow_wide_i64") (param $n i32) (param $x i64) (result i64)
    (if (i32.eqz (local.get $n)) (then (return (local.get $x))))
    (return_call $wi (v128.const i64x2 3 0) (local.get $n) (local.get $x)))
  (func $wi (param $v v128) (param $n i32) (param $x i64) (result i64)
    (return_call $ni (i32.sub (local.get $n) (i32.const 1))
      (i64.add (local.get $x) (i64x2.extract_lane 0 (local.get $v)))))
  ;; Wide first: its caller expects the result in the area, the narrow callee returns it
  ;; in a register.
  (func $wi2 (export "wide_narrow_i32") (param $v v128) (param $n i32) (result i32)
    (if (i32.eqz (local.get $n)) (then (return (i32x4.extract_lane 1 (local.get $v)))))
    (return_call $ni2 (local.get $n) (i32x4.extract_lane 1 (local.get $v))))
  (func $ni2 (param $n i32) (param $x i32) (result i32)
    (return_call $wi2 (i32x4.splat (i32.add (local.get $x) (i32.const 2))) (i32.sub (local.get $n) (i32.const 1))))
  (func $nv (export "narrow_wide_v128") (param $n i32) (param $v v128) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result v128)
    (if (i32.eqz (local.get $n)) (then (return (local.get $v))))
    (return_call $wv (i32.sub (local.get $n) (i32.const 1)) (i32x4.add (local.get $v) (v128.const i32x4 1 2 3 4))))
  (func $wv (param $n i32) (param $v v128) (result v128)
    (return_call $nv (local.get $n) (local.get $v) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18)))

  ;; Through a table and through a reference.
  (type $big (func (param i32 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type $small (func (param i32 i64) (result i64)))
  (table $t funcref (elem $fi $gi))
  (func $fi (param $n i32) (param $acc i64) (result i64)
    (if (i32.eqz (local.get $n)) (then (return (local.get $acc))))
    (return_call_indirect $t (type $big) (local.get $n) (local.get $acc) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18) (i32.const 1)))
  (func $gi (type $big)
    (return_call_ref $small (i32.sub (local.get 0) (i32.const 1)) (i64.add (local.get 1) (local.get 10))
      (ref.func $fi)))
  (elem declare func $fi)
  (func (export "indirect") (param i32) (result i64) (call $fi (local.get 0) (i64.const 0)))

  ;; A trap and an exception in a function running in a class area.
  (tag $e (param i64))
  (func $thrower (param $n i32) (param i64) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (if (i32.eqz (local.get $n)) (then (throw $e (local.get 19))))
    (if (i32.eq (local.get $n) (i32.const -1)) (then unreachable))
    (return_call $tf (i32.sub (local.get $n) (i32.const 1))))
  (func $tf (param $n i32) (result i64)
    (return_call $thrower (local.get $n) (i64.const 0) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18)))
  (func (export "catch") (param $n i32) (result i64)
    (block $h (result i64)
      (try_table (catch $e $h) (return (call $tf (local.get $n))))
      (i64.const -1)))
  (func (export "trap") (result i64) (call $tf (i32.const -1)))
)

(assert_return (invoke "ping_pong" (i32.const 0) (i64.const 5)) (i64.const 5))
(assert_return (invoke "ping_pong" (i32.const 1) (i64.const 0)) (i64.const 19))
(assert_return (invoke "ping_pong" (i32.const 300000) (i64.const 1)) (i64.const 5700001))
(assert_return (invoke "three_sizes" (i32.const 300000) (i64.const 0)) (i64.const 16800000))
(assert_return (invoke "multi" (i32.const 300000)) (i32.const 7) (i64.const -8) (f64.const 9.5))
(assert_return (invoke "multi_sum" (i32.const 3)) (f64.const 8.5))
(assert_return (invoke "narrow_wide_f32" (i32.const 300000) (f32.const 1)) (f32.const 150001))
(assert_return (invoke "narrow_wide_i64" (i32.const 300000) (i64.const 1)) (i64.const 900001))
(assert_return (invoke "wide_narrow_i32" (v128.const i32x4 0 5 0 0) (i32.const 300000)) (i32.const 600005))
(assert_return (invoke "narrow_wide_v128" (i32.const 300000) (v128.const i32x4 0 0 0 -1) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18))
  (v128.const i32x4 300000 600000 900000 1199999))
(assert_return (invoke "indirect" (i32.const 300000)) (i64.const 2700000))
(assert_return (invoke "catch" (i32.const 300000)) (i64.const 18))
(assert_trap (invoke "trap") "unreachable")

;; Across instances: an exported function with many parameters, tail-called from another
;; module, and calling back.
(module $a
  (func $far (export "far") (param $n i32) (param $acc i64) (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (if (i32.eqz (local.get $n)) (then (return (local.get $acc))))
    (return_call $far (i32.sub (local.get $n) (i32.const 1)) (i64.add (local.get $acc) (local.get 2)) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18))))
(register "a" $a)
(module
  (import "a" "far" (func $far (param i32 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (func (export "near") (param $n i32) (result i64)
    (return_call $far (local.get $n) (i64.const 0) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13) (i64.const 14) (i64.const 15) (i64.const 16) (i64.const 17) (i64.const 18))))
(assert_return (invoke "near" (i32.const 300000)) (i64.const 300000))
