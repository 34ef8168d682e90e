;; Function types open to subtyping (issue 25): call_indirect and call_ref to an open type
;; accept a function of a subtype, found in its supertype display at the expected depth;
;; anything else traps. Imports match by subtyping; exact imports by identity.

(module $lib
  (type $top (sub (func (result i32))))
  (type $mid (sub $top (func (result i32))))
  (type $low (sub final $mid (func (result i32))))
  (type $side (sub final $top (func (result i32))))
  (type $plain (func (result i32)))
  (func $t (export "t") (type $top) (i32.const 1))
  (func $m (export "m") (type $mid) (i32.const 2))
  (func $l (export "l") (type $low) (i32.const 3))
  (func $s (export "s") (type $side) (i32.const 4))
  (func $p (export "p") (type $plain) (i32.const 5))
  (table (export "table") 5 funcref)
  (elem (i32.const 0) func $t $m $l $s $p)
  (func (export "as_top") (param i32) (result i32) (call_indirect (type $top) (local.get 0)))
  (func (export "as_mid") (param i32) (result i32) (call_indirect (type $mid) (local.get 0)))
  (func (export "as_low") (param i32) (result i32) (call_indirect (type $low) (local.get 0)))
  (table $typed 3 (ref null $top))
  (elem (table $typed) (i32.const 0) (ref $top) (ref.func $t) (ref.func $m) (ref.func $l))
  (func (export "ref_as_top") (param i32) (result i32) (call_ref $top (table.get $typed (local.get 0))))
)
(register "lib")

;; A final type takes only itself; an open one its subtypes, at any depth.
(assert_return (invoke "as_top" (i32.const 0)) (i32.const 1))
(assert_return (invoke "as_top" (i32.const 1)) (i32.const 2))
(assert_return (invoke "as_top" (i32.const 2)) (i32.const 3))
(assert_return (invoke "as_top" (i32.const 3)) (i32.const 4))
(assert_trap (invoke "as_top" (i32.const 4)) "indirect call type mismatch")
(assert_trap (invoke "as_mid" (i32.const 0)) "indirect call type mismatch")
(assert_return (invoke "as_mid" (i32.const 1)) (i32.const 2))
(assert_return (invoke "as_mid" (i32.const 2)) (i32.const 3))
(assert_trap (invoke "as_mid" (i32.const 3)) "indirect call type mismatch")
(assert_trap (invoke "as_low" (i32.const 1)) "indirect call type mismatch")
(assert_return (invoke "as_low" (i32.const 2)) (i32.const 3))
(assert_return (invoke "ref_as_top" (i32.const 0)) (i32.const 1))
(assert_return (invoke "ref_as_top" (i32.const 1)) (i32.const 2))
(assert_return (invoke "ref_as_top" (i32.const 2)) (i32.const 3))

;; Another module defines the same types (so the same ids) and calls through the table.
(module
  (type $top (sub (func (result i32))))
  (type $mid (sub $top (func (result i32))))
  (import "lib" "table" (table 5 funcref))
  (import "lib" "l" (func $l (type $top)))
  (import "lib" "m" (func $m (type $mid)))
  (func (export "as_mid") (param i32) (result i32) (call_indirect (type $mid) (local.get 0)))
  (func (export "imported") (result i32) (i32.add (call $l) (call $m)))
  (func (export "tail_as_top") (param i32) (result i32) (return_call_indirect (type $top) (local.get 0)))
)
(assert_return (invoke "as_mid" (i32.const 2)) (i32.const 3))
(assert_trap (invoke "as_mid" (i32.const 3)) "indirect call type mismatch")
(assert_return (invoke "imported") (i32.const 5))
(assert_return (invoke "tail_as_top" (i32.const 3)) (i32.const 4))
(assert_trap (invoke "tail_as_top" (i32.const 4)) "indirect call type mismatch")

;; A supertype's function does not satisfy an import of a subtype.
(assert_unlinkable
  (module
    (type $top (sub (func (result i32))))
    (type $mid (sub $top (func (result i32))))
    (import "lib" "t" (func (type $mid))))
  "incompatible import type")
;; Types are equal by structure (these are lib's $top and $mid), and a sibling ($side,
;; final, under $top) is not a subtype of $mid.
(assert_unlinkable
  (module
    (type $other (sub (func (result i32))))
    (type $below (sub $other (func (result i32))))
    (import "lib" "s" (func (type $below))))
  "incompatible import type")
(module
  (type $other (sub (func (result i32))))
  (type $below (sub $other (func (result i32))))
  (import "lib" "l" (func (type $below))))
