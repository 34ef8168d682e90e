;; Function types that differ only in the referenced type, or in nullability, of a typed
;; reference are different types: call_indirect traps at the call site, and imports do not
;; link. Types with the same structure are equal across modules.

(module
  (type $a (func (result i32)))
  (type $b (func (param i64 i64) (result i32)))
  (type $takes_a (func (param (ref $a)) (result i32)))
  (type $takes_b (func (param (ref $b)) (result i32)))
  (type $takes_null_a (func (param (ref null $a)) (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) func $call_b $call_a)
  (func $call_b (type $takes_b) (param (ref $b)) (result i32)
    (i32.const 42))
  (func $call_a (type $takes_a) (param (ref $a)) (result i32)
    (call_ref $a (local.get 0)))
  (func $seven (type $a) (i32.const 7))
  (elem declare func $seven)
  (func (export "a_as_b") (result i32)
    (call_indirect (type $takes_a) (ref.func $seven) (i32.const 0)))
  (func (export "a_as_a") (result i32)
    (call_indirect (type $takes_a) (ref.func $seven) (i32.const 1)))
  (func (export "null_as_non_null") (result i32)
    (call_indirect (type $takes_null_a) (ref.null $a) (i32.const 1)))
  (func (export "call_a") (type $takes_a) (param (ref $a)) (result i32)
    (call_ref $a (local.get 0)))
  (func (export "three") (type $takes_a) (param (ref $a)) (result i32)
    (i32.const 3))
)
(assert_trap (invoke "a_as_b") "indirect call type mismatch")
(assert_return (invoke "a_as_a") (i32.const 7))
(assert_trap (invoke "null_as_non_null") "indirect call type mismatch")
(register "typed")

;; The same structure declared in another order links.
(module
  (type $b (func (param i64 i64) (result i32)))
  (type $a (func (result i32)))
  (type $takes_a (func (param (ref $a)) (result i32)))
  (import "typed" "call_a" (func $call_a (type $takes_a)))
  (func $nine (type $a) (i32.const 9))
  (elem declare func $nine)
  (func (export "go") (result i32) (call $call_a (ref.func $nine)))
)
(assert_return (invoke "go") (i32.const 9))

(assert_unlinkable
  (module
    (type $b (func (param i64 i64) (result i32)))
    (import "typed" "call_a" (func (param (ref $b)) (result i32))))
  "incompatible import type")
(assert_unlinkable
  (module
    (type $a (func (result i32)))
    (import "typed" "call_a" (func (param (ref null $a)) (result i32))))
  "incompatible import type")
(assert_unlinkable
  (module (import "typed" "call_a" (func (param funcref) (result i32))))
  "incompatible import type")

;; call_indirect across modules: through the exporter's table, a structurally equal type
;; matches and one naming a different referenced type does not.
(module
  (type $a (func (result i32)))
  (type $takes_a (func (param (ref $a)) (result i32)))
  (type $b (func (param i64 i64) (result i32)))
  (type $takes_b (func (param (ref $b)) (result i32)))
  (import "typed" "three" (func $three (type $takes_a)))
  (table $t 1 funcref)
  (elem (table $t) (i32.const 0) func $three)
  (func $five (type $a) (i32.const 5))
  (func $six (type $b) (i32.const 6))
  (elem declare func $five $six)
  (func (export "same") (result i32)
    (call_indirect $t (type $takes_a) (ref.func $five) (i32.const 0)))
  (func (export "other") (result i32)
    (call_indirect $t (type $takes_b) (ref.func $six) (i32.const 0)))
)
(assert_return (invoke "same") (i32.const 3))
(assert_trap (invoke "other") "indirect call type mismatch")

;; Tags compare their types the same way.
(module
  (type $a (func (result i32)))
  (type $b (func (param i64 i64) (result i32)))
  (tag (export "tag_a") (param (ref null $a)))
)
(register "tags")
(module
  (type $a (func (result i32)))
  (import "tags" "tag_a" (tag (param (ref null $a))))
)
(assert_unlinkable
  (module
    (type $b (func (param i64 i64) (result i32)))
    (import "tags" "tag_a" (tag (param (ref null $b)))))
  "incompatible import type")
