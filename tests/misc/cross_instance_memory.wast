;; A function called from another instance (import, shared table, call_indirect) must use
;; its own instance's memory. The heap base register was switched only on return, so the
;; callee read and wrote its caller's memory, or absolute host addresses when the caller
;; had no memory (found by review, fixed in call_funcref).

(module $b
  (memory 1)
  (data (i32.const 0) "B")
  (table (export "table") 1 funcref)
  (elem (i32.const 0) $load)
  (func $load (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1))))
(register "b" $b)

(module $a
  (import "b" "load" (func $load (param i32) (result i32)))
  (import "b" "store" (func $store (param i32 i32)))
  (import "b" "table" (table 1 funcref))
  (type $l (func (param i32) (result i32)))
  (memory 2)
  (data (i32.const 0) "A")
  (func (export "b_load") (param i32) (result i32) (call $load (local.get 0)))
  (func (export "b_load_indirect") (param i32) (result i32)
    (call_indirect (type $l) (local.get 0) (i32.const 0)))
  (func (export "b_store") (param i32 i32) (call $store (local.get 0) (local.get 1)))
  (func (export "own_load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "both") (param i32) (result i32)
    (i32.or (call $load (local.get 0)) (i32.shl (i32.load8_u (local.get 0)) (i32.const 8)))))

(assert_return (invoke $a "b_load" (i32.const 0)) (i32.const 0x42))
(assert_return (invoke $a "b_load_indirect" (i32.const 0)) (i32.const 0x42))
(assert_return (invoke $a "own_load" (i32.const 0)) (i32.const 0x41))
(assert_return (invoke $a "both" (i32.const 0)) (i32.const 0x4142))
(assert_trap (invoke $a "b_load" (i32.const 65536)) "out of bounds memory access")
(invoke $a "b_store" (i32.const 5) (i32.const 99))
(assert_return (invoke $b "load" (i32.const 5)) (i32.const 99))
(assert_return (invoke $a "own_load" (i32.const 5)) (i32.const 0))

(module $c
  (import "b" "load" (func $load (param i32) (result i32)))
  (import "b" "table" (table 1 funcref))
  (type $l (func (param i32) (result i32)))
  (func (export "b_load") (param i32) (result i32) (call $load (local.get 0)))
  (func (export "b_load_indirect") (param i32) (result i32)
    (call_indirect (type $l) (local.get 0) (i32.const 0))))

(assert_return (invoke $c "b_load" (i32.const 0)) (i32.const 0x42))
(assert_return (invoke $c "b_load_indirect" (i32.const 0)) (i32.const 0x42))
(assert_return (invoke $c "b_load" (i32.const 5)) (i32.const 99))
