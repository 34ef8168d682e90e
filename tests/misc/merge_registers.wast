;; A block, if or try with no parameters and one scalar result carries its value to its
;; end in a merge register (src/compiler/control.rs, `Control::merge_class`). Each
;; function below reaches such an end by several kinds of edge, with the value in a
;; register, a slot, a local, a constant, or a call's result.
(module
  (type $ft (func (result i32)))
  (tag $e (param i32))
  (func $seven (result i32) (i32.const 7))
  (func $id64 (param i64) (result i64) (local.get 0))

  ;; br_if with a value, the fallthrough value from a call.
  (func (export "br_if_call") (param i32) (result i32)
    (block (result i32)
      (br_if 0 (i32.const 100) (local.get 0))
      (drop)
      (call $seven)))

  ;; br_table edges with values of several origins.
  (func (export "table") (param i32 i32) (result i32)
    (i32.add (i32.const 1000)
      (block $out (result i32)
        (block $b (result i32)
          (block $a (result i32)
            (br_table $a $b $out (i32.mul (local.get 1) (i32.const 3)) (local.get 0)))
          (i32.add (i32.const 10)))
        (i32.add (i32.const 20)))))

  ;; Nested blocks: a branch out of the inner one to the outer one, over a value.
  (func (export "nested") (param i32) (result i64)
    (block $outer (result i64)
      (i64.add (i64.const 5)
        (block $inner (result i64)
          (drop (br_if $outer (i64.const 77) (i32.eq (local.get 0) (i32.const 1))))
          (drop (br_if $inner (i64.const 0x100000000) (i32.eq (local.get 0) (i32.const 2))))
          (call $id64 (i64.const -1))))))

  ;; if/else with float results, the values live across a call on one side.
  (func (export "float") (param i32 f64) (result f64)
    (f64.mul (f64.const 2)
      (if (result f64) (local.get 0)
        (then (f64.add (local.get 1) (f64.convert_i32_s (call $seven))))
        (else (f64.neg (local.get 1))))))

  ;; Many values live in registers when the branch is taken (register pressure).
  (func (export "pressure") (param i32) (result i32)
    (local i32)
    (local.set 1
      (block (result i32)
        (i32.add (i32.add (i32.add (local.get 0) (i32.const 1)) (i32.add (local.get 0) (i32.const 2)))
          (i32.add (i32.add (local.get 0) (i32.const 3))
            (i32.add (i32.add (local.get 0) (i32.const 4))
              (i32.add (i32.add (local.get 0) (i32.const 5))
                (i32.add (i32.add (local.get 0) (i32.const 6))
                  (br_if 0 (i32.const -1) (i32.gt_s (local.get 0) (i32.const 10))))))))))
    (i32.mul (local.get 1) (i32.const 2)))

  ;; A catch clause branches to a result block with the exception's payload.
  (func (export "catch") (param i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (if (local.get 0) (then (throw $e (i32.const 55))))
        (i32.const 66))))

  ;; A funcref result, and an i32 result read back from a loop.
  (func $f (export "f") (type $ft) (i32.const 3))
  (elem declare func $f)
  (func (export "ref") (param i32) (result i32)
    (local i32)
    (loop $l
      (local.set 1 (i32.add (local.get 1)
        (block (result i32) (drop (br_if 0 (i32.const 1) (i32.and (local.get 0) (i32.const 1)))) (i32.const 2))))
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (i32.add (local.get 1)
      (call_ref $ft (block (result (ref null $ft)) (br 0 (ref.func $f)))))))
(assert_return (invoke "br_if_call" (i32.const 1)) (i32.const 100))
(assert_return (invoke "br_if_call" (i32.const 0)) (i32.const 7))
(assert_return (invoke "table" (i32.const 0) (i32.const 2)) (i32.const 1036))
(assert_return (invoke "table" (i32.const 1) (i32.const 2)) (i32.const 1026))
(assert_return (invoke "table" (i32.const 2) (i32.const 2)) (i32.const 1006))
(assert_return (invoke "table" (i32.const 9) (i32.const 2)) (i32.const 1006))
(assert_return (invoke "nested" (i32.const 1)) (i64.const 77))
(assert_return (invoke "nested" (i32.const 2)) (i64.const 0x100000005))
(assert_return (invoke "nested" (i32.const 3)) (i64.const 4))
(assert_return (invoke "float" (i32.const 1) (f64.const 1.5)) (f64.const 17))
(assert_return (invoke "float" (i32.const 0) (f64.const 1.5)) (f64.const -3))
(assert_return (invoke "pressure" (i32.const 11)) (i32.const -2))
(assert_return (invoke "pressure" (i32.const 1)) (i32.const 52))
(assert_return (invoke "catch" (i32.const 1)) (i32.const 55))
(assert_return (invoke "catch" (i32.const 0)) (i32.const 66))
(assert_return (invoke "ref" (i32.const 4)) (i32.const 9))
