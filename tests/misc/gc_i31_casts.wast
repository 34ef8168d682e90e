;; GC operators that need no heap (issue 25): i31 references, ref.eq, and casts to abstract
;; types, on null and i31 values, with the value in a register, a local, a constant and a
;; spilled slot, and every branch shape of br_on_cast / br_on_cast_fail.

(module
  (global $g (mut i31ref) (ref.i31 (i32.const -5)))
  (table $t 4 anyref)

  ;; i31 round trips at the 31-bit edges, through a global and a table.
  (func (export "round_s") (param i32) (result i32) (i31.get_s (ref.i31 (local.get 0))))
  (func (export "round_u") (param i32) (result i32) (i31.get_u (ref.i31 (local.get 0))))
  (func (export "via_global") (param i32) (result i32)
    (global.set $g (ref.i31 (local.get 0)))
    (i31.get_s (global.get $g)))
  (func (export "via_table") (param i32 i32) (result i32)
    (table.set $t (local.get 0) (ref.i31 (local.get 1)))
    (i31.get_u (ref.cast i31ref (table.get $t (local.get 0)))))
  (func (export "table_null_get") (param i32) (result i32)
    (i31.get_u (ref.cast (ref null i31) (table.get $t (local.get 0)))))

  ;; ref.eq: i31s compare by value, null equals null only.
  (func (export "eq") (param i32 i32) (result i32)
    (ref.eq (ref.i31 (local.get 0)) (ref.i31 (local.get 1))))
  (func (export "eq_null") (param i32) (result i32)
    (ref.eq (ref.null eq) (ref.i31 (local.get 0))))
  (func (export "eq_nulls") (result i32) (ref.eq (ref.null none) (ref.null i31)))
  (func (export "eq_branch") (param i32 i32) (result i32)
    (if (result i32) (ref.eq (ref.i31 (local.get 0)) (ref.i31 (local.get 1)))
      (then (i32.const 10)) (else (i32.const 20))))

  ;; The value to test: 0 null, else an i31 of the argument.
  (func $val (param i32) (result anyref)
    (if (result anyref) (local.get 0)
      (then (ref.i31 (local.get 0))) (else (ref.null any))))

  ;; ref.test: a bit per target type, so one call checks them all.
  (func (export "tests") (param i32) (result i32)
    (local $v anyref)
    (local.set $v (call $val (local.get 0)))
    (i32.or (i32.or (i32.or
      (i32.or (ref.test anyref (local.get $v))
              (i32.shl (ref.test (ref any) (local.get $v)) (i32.const 1)))
      (i32.or (i32.shl (ref.test eqref (local.get $v)) (i32.const 2))
              (i32.shl (ref.test (ref eq) (local.get $v)) (i32.const 3))))
      (i32.or (i32.shl (ref.test i31ref (local.get $v)) (i32.const 4))
              (i32.shl (ref.test (ref i31) (local.get $v)) (i32.const 5))))
      (i32.or (i32.shl (ref.test nullref (local.get $v)) (i32.const 6))
              (i32.shl (ref.test (ref none) (local.get $v)) (i32.const 7)))))

  ;; ref.cast: the value comes through, or a trap.
  (func (export "cast_i31") (param i32) (result i32)
    (i31.get_s (ref.cast (ref i31) (call $val (local.get 0)))))
  (func (export "cast_null_i31") (param i32) (result i32)
    (ref.is_null (ref.cast (ref null i31) (call $val (local.get 0)))))
  (func (export "cast_none") (param i32) (result i32)
    (ref.is_null (ref.cast nullref (call $val (local.get 0)))))
  (func (export "cast_non_null_none") (param i32) (result i32)
    (ref.is_null (ref.cast (ref none) (call $val (local.get 0)))))
  (func (export "cast_eq") (param i32) (result i32)
    (ref.is_null (ref.cast (ref eq) (call $val (local.get 0)))))

  ;; br_on_cast / br_on_cast_fail to i31 (a test), to non-null eq (a null check), to
  ;; nullable any (always) and to none (never), with a value under the reference.
  (func (export "on_i31") (param i32) (result i32)
    (block $is (result i32 (ref i31))
      (br_on_cast $is anyref (ref i31) (i32.const 7) (call $val (local.get 0)))
      (drop) (drop) (return (i32.const -1)))
    (i31.get_s) (i32.add))
  (func (export "on_i31_fail") (param i32) (result i32)
    (block $not (result i32 anyref)
      (br_on_cast_fail $not anyref (ref null i31) (i32.const 7) (call $val (local.get 0)))
      (if (result i32) (ref.is_null) (then (i32.const 100)) (else (i32.const 200)))
      (i32.add) (return))
    (drop) (drop) (i32.const -1))
  (func (export "on_eq") (param i32) (result i32)
    (block $is (result (ref eq))
      (br_on_cast $is anyref (ref eq) (call $val (local.get 0)))
      (drop) (return (i32.const -1)))
    (ref.cast (ref i31)) (i31.get_u))
  (func (export "on_eq_fail") (param i32) (result i32)
    (block $not (result anyref)
      (br_on_cast_fail $not anyref (ref eq) (call $val (local.get 0)))
      (return (i31.get_u (ref.cast (ref i31)))))
    (drop) (i32.const -1))
  (func (export "on_any_always") (param i32) (result i32)
    (block $is (result anyref)
      (br_on_cast $is anyref anyref (call $val (local.get 0)))
      (drop) (return (i32.const -1)))
    (ref.is_null))
  (func (export "on_none_never") (param i32) (result i32)
    (block $is (result (ref none))
      (br_on_cast $is anyref (ref none) (call $val (local.get 0)))
      (drop) (return (i32.const 5)))
    (drop) (i32.const -1))

  ;; Many live values: the i31 test's scratch register is found by spilling (right-nested
  ;; adds keep every left operand in a register until the test).
  (func (export "pressure") (param i32) (result i32)
    (local $v anyref)
    (local.set $v (call $val (local.get 0)))
    (i32.add (i32.mul (local.get 0) (i32.const 1))
    (i32.add (i32.mul (local.get 0) (i32.const 2))
    (i32.add (i32.mul (local.get 0) (i32.const 3))
    (i32.add (i32.mul (local.get 0) (i32.const 4))
    (i32.add (i32.mul (local.get 0) (i32.const 5))
    (i32.add (i32.mul (local.get 0) (i32.const 6))
    (i32.add (i32.mul (local.get 0) (i32.const 7))
    (i32.add (i32.mul (local.get 0) (i32.const 8))
    (i32.add (i32.mul (local.get 0) (i32.const 9))
    (i32.add (i32.mul (local.get 0) (i32.const 10))
      (i32.mul (ref.test (ref i31) (local.get $v)) (i32.const 1000)))))))))))))

  ;; In a loop: count the i31s among 0..n (every value but 0).
  (func (export "count") (param $n i32) (result i32)
    (local $i i32) (local $c i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.add (local.get $c) (ref.test (ref i31) (call $val (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $c))
)

(assert_return (invoke "round_s" (i32.const 0x3fffffff)) (i32.const 0x3fffffff))
(assert_return (invoke "round_s" (i32.const 0x40000000)) (i32.const -0x40000000))
(assert_return (invoke "round_s" (i32.const -1)) (i32.const -1))
(assert_return (invoke "round_u" (i32.const -1)) (i32.const 0x7fffffff))
(assert_return (invoke "round_u" (i32.const 0x80000001)) (i32.const 1))
(assert_return (invoke "via_global" (i32.const -123456)) (i32.const -123456))
(assert_return (invoke "via_table" (i32.const 3) (i32.const 77)) (i32.const 77))
(assert_trap (invoke "table_null_get" (i32.const 1)) "null i31 reference")

(assert_return (invoke "eq" (i32.const 5) (i32.const 5)) (i32.const 1))
(assert_return (invoke "eq" (i32.const 5) (i32.const 6)) (i32.const 0))
(assert_return (invoke "eq" (i32.const 0x7fffffff) (i32.const -1)) (i32.const 1))
(assert_return (invoke "eq_null" (i32.const 0)) (i32.const 0))
(assert_return (invoke "eq_nulls") (i32.const 1))
(assert_return (invoke "eq_branch" (i32.const 3) (i32.const 3)) (i32.const 10))
(assert_return (invoke "eq_branch" (i32.const 3) (i32.const 4)) (i32.const 20))

;; null: anyref, eqref, i31ref, nullref (bits 0, 2, 4, 6); an i31: all but the none ones.
(assert_return (invoke "tests" (i32.const 0)) (i32.const 0x55))
(assert_return (invoke "tests" (i32.const 9)) (i32.const 0x3f))
(assert_return (invoke "tests" (i32.const -1)) (i32.const 0x3f))

(assert_return (invoke "cast_i31" (i32.const -9)) (i32.const -9))
(assert_trap (invoke "cast_i31" (i32.const 0)) "cast failure")
(assert_return (invoke "cast_null_i31" (i32.const 0)) (i32.const 1))
(assert_return (invoke "cast_null_i31" (i32.const 4)) (i32.const 0))
(assert_return (invoke "cast_none" (i32.const 0)) (i32.const 1))
(assert_trap (invoke "cast_none" (i32.const 4)) "cast failure")
(assert_trap (invoke "cast_non_null_none" (i32.const 0)) "cast failure")
(assert_return (invoke "cast_eq" (i32.const 4)) (i32.const 0))
(assert_trap (invoke "cast_eq" (i32.const 0)) "cast failure")

(assert_return (invoke "on_i31" (i32.const 35)) (i32.const 42))
(assert_return (invoke "on_i31" (i32.const 0)) (i32.const -1))
(assert_return (invoke "on_i31_fail" (i32.const 0)) (i32.const 107))
(assert_return (invoke "on_i31_fail" (i32.const 3)) (i32.const 207))
(assert_return (invoke "on_eq" (i32.const 12)) (i32.const 12))
(assert_return (invoke "on_eq" (i32.const 0)) (i32.const -1))
(assert_return (invoke "on_eq_fail" (i32.const 12)) (i32.const 12))
(assert_return (invoke "on_eq_fail" (i32.const 0)) (i32.const -1))
(assert_return (invoke "on_any_always" (i32.const 0)) (i32.const 1))
(assert_return (invoke "on_any_always" (i32.const 8)) (i32.const 0))
(assert_return (invoke "on_none_never" (i32.const 0)) (i32.const 5))

(assert_return (invoke "pressure" (i32.const 2)) (i32.const 1110))
(assert_return (invoke "pressure" (i32.const 0)) (i32.const 0))
(assert_return (invoke "count" (i32.const 100)) (i32.const 99))

;; Host values: null and i31 cross both ways.
(module
  (func (export "id") (param anyref) (result anyref) (local.get 0))
  (func (export "is_i31") (param anyref) (result i32) (ref.test (ref i31) (local.get 0)))
  (func (export "make") (param i32) (result i31ref) (ref.i31 (local.get 0)))
)
(assert_return (invoke "id" (ref.null any)) (ref.null any))
(assert_return (invoke "is_i31" (ref.null any)) (i32.const 0))
(assert_return (invoke "make" (i32.const 5)) (ref.i31))
