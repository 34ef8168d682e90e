;; Parameters passed in registers (compiler/register_params.rs): a direct call passes the
;; first four integer and the first four float parameters in registers and enters past the
;; stub that loads them from the stack for every other caller (call_indirect, call_ref,
;; tail calls, the host). Each function below is reached both ways with the same results.
(module
  (type $mix (func (param i32 f64 i64 f32 i32 i64 f64 f32 i32 f64 externref i64) (result f64)))
  (type $ii (func (param i32 i32) (result i32)))
  (table funcref (elem $mix $sub $sub5 $count))
  (elem declare func $mix $sub)
  (global $g (mut i32) (i32.const 0))

  ;; Four integer and four float parameters in registers, two integers, a float and the
  ;; reference on the stack: a weighted sum that tells every parameter apart.
  (func $mix (type $mix)
    (f64.add
      (f64.add
        (f64.add (f64.convert_i32_s (local.get 0)) (f64.mul (local.get 1) (f64.const 10)))
        (f64.add (f64.convert_i64_s (i64.mul (local.get 2) (i64.const 100)))
                 (f64.promote_f32 (f32.mul (local.get 3) (f32.const 1000)))))
      (f64.add
        (f64.add (f64.convert_i32_s (i32.mul (local.get 4) (i32.const 10000)))
                 (f64.convert_i64_s (i64.mul (local.get 5) (i64.const 100000))))
        (f64.add
          (f64.add (f64.mul (local.get 6) (f64.const 1e6)) (f64.promote_f32 (f32.mul (local.get 7) (f32.const 1e7))))
          (f64.add
            (f64.add (f64.convert_i32_s (i32.mul (local.get 8) (i32.const 100000000))) (f64.mul (local.get 9) (f64.const 1e9)))
            (f64.add (select (f64.const 0) (f64.const 1e11) (ref.is_null (local.get 10)))
                     (f64.convert_i64_s (i64.mul (local.get 11) (i64.const 10000000000)))))))))

  (func (export "mix_direct") (param externref) (result f64)
    (call $mix (i32.const 1) (f64.const 2) (i64.const 3) (f32.const 4) (i32.const 5) (i64.const 6)
               (f64.const 7) (f32.const 8) (i32.const 9) (f64.const 1) (local.get 0) (i64.const 2)))
  (func (export "mix_indirect") (param externref) (result f64)
    (call_indirect (type $mix)
      (i32.const 1) (f64.const 2) (i64.const 3) (f32.const 4) (i32.const 5) (i64.const 6)
      (f64.const 7) (f32.const 8) (i32.const 9) (f64.const 1) (local.get 0) (i64.const 2) (i32.const 0)))
  (func (export "mix_ref") (param externref) (result f64)
    (call_ref $mix
      (i32.const 1) (f64.const 2) (i64.const 3) (f32.const 4) (i32.const 5) (i64.const 6)
      (f64.const 7) (f32.const 8) (i32.const 9) (f64.const 1) (local.get 0) (i64.const 2) (ref.func $mix)))

  ;; Arguments that trade registers: the callee's parameters are the caller's, swapped (a
  ;; cycle of moves), then rotated through locals, constants and spilled values.
  (func $sub (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func (export "swap") (param i32 i32) (result i32) (call $sub (local.get 1) (local.get 0)))
  (func $sub5 (param i32 i32 i32 i32 i32) (result i32)
    (i32.sub (i32.sub (i32.sub (i32.sub (i32.mul (local.get 0) (i32.const 10000)) (i32.mul (local.get 1) (i32.const 1000)))
      (i32.mul (local.get 2) (i32.const 100))) (i32.mul (local.get 3) (i32.const 10))) (local.get 4)))
  (func (export "rotate") (param i32 i32 i32 i32 i32) (result i32)
    (call $sub5 (local.get 1) (local.get 2) (local.get 3) (local.get 4) (local.get 0)))
  (func (export "rotate_mixed") (param i32 i32 i32 i32) (result i32) (local i32)
    (local.set 4 (i32.add (local.get 0) (local.get 1)))
    (call $sub5 (local.get 3) (i32.const 7) (local.get 4) (call $sub (local.get 2) (local.get 1)) (local.get 0)))

  ;; A callee that sets its parameters, keeps them across a loop and a call, and branches.
  (func $count (param $n i32) (param $step i32) (result i32) (local $acc i32)
    (block $done
      (loop $again
        (br_if $done (i32.le_s (local.get $n) (i32.const 0)))
        (local.set $acc (i32.add (local.get $acc) (call $sub (local.get $n) (local.get $step))))
        (local.set $n (i32.sub (local.get $n) (local.get $step)))
        (br $again)))
    (i32.add (local.get $acc) (local.get $n)))
  (func (export "count_direct") (param i32 i32) (result i32) (call $count (local.get 0) (local.get 1)))
  (func (export "count_indirect") (param i32 i32) (result i32)
    (call_indirect (type $ii) (local.get 0) (local.get 1) (i32.const 3)))

  ;; Parameters read after a call that clobbers every register, and one never read.
  (func $after_call (param i32 i64 f32 f64 i32) (result f64)
    (global.set $g (call $sub (local.get 0) (i32.const 1)))
    (f64.add (f64.add (f64.convert_i32_s (global.get $g)) (f64.convert_i64_s (local.get 1)))
             (f64.add (f64.promote_f32 (local.get 2)) (local.get 3))))
  (func (export "after_call") (result f64)
    (call $after_call (i32.const 10) (i64.const 20) (f32.const 0.5) (f64.const 0.25) (i32.const 99)))

  ;; A tail call enters through the stack, a direct call past it, to the same function.
  (func $tail (param i32 i32) (result i32) (return_call $sub (local.get 1) (local.get 0)))
  (func (export "tail") (param i32 i32) (result i32) (call $tail (local.get 0) (local.get 1)))

  ;; Recursion: each frame's parameters in registers, live across its own calls.
  (func $ack (param $m i64) (param $n i64) (result i64)
    (if (result i64) (i64.eqz (local.get $m))
      (then (i64.add (local.get $n) (i64.const 1)))
      (else
        (if (result i64) (i64.eqz (local.get $n))
          (then (call $ack (i64.sub (local.get $m) (i64.const 1)) (i64.const 1)))
          (else (call $ack (i64.sub (local.get $m) (i64.const 1))
                           (call $ack (local.get $m) (i64.sub (local.get $n) (i64.const 1)))))))))
  (func (export "ack") (param i64 i64) (result i64) (call $ack (local.get 0) (local.get 1)))
)

(assert_return (invoke "mix_direct" (ref.null extern)) (f64.const 21987654321))
(assert_return (invoke "mix_indirect" (ref.null extern)) (f64.const 21987654321))
(assert_return (invoke "mix_ref" (ref.null extern)) (f64.const 21987654321))
(assert_return (invoke "mix_direct" (ref.extern 1)) (f64.const 121987654321))
(assert_return (invoke "mix_indirect" (ref.extern 1)) (f64.const 121987654321))
(assert_return (invoke "swap" (i32.const 3) (i32.const 10)) (i32.const 7))
(assert_return (invoke "rotate" (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5)) (i32.const 16549))
(assert_return (invoke "rotate_mixed" (i32.const 1) (i32.const 2) (i32.const 5) (i32.const 6)) (i32.const 52669))
(assert_return (invoke "count_direct" (i32.const 10) (i32.const 3)) (i32.const 8))
(assert_return (invoke "count_indirect" (i32.const 10) (i32.const 3)) (i32.const 8))
(assert_return (invoke "after_call" ) (f64.const 29.75))
(assert_return (invoke "tail" (i32.const 3) (i32.const 10)) (i32.const 7))
(assert_return (invoke "ack" (i64.const 2) (i64.const 3)) (i64.const 9))
(assert_return (invoke "ack" (i64.const 3) (i64.const 3)) (i64.const 61))
