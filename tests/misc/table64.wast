;; 64-bit tables (table64): every table operator with i64 indexes, sizes and lengths,
;; call_indirect and return_call_indirect through one, i64 element segment offsets, and
;; import matching on the index type. An index with upper bits set is out of bounds, never
;; truncated.

(module
  (type $ret (func (result i32)))
  (table $t i64 4 10 funcref)
  (table $small 2 funcref)
  (func $one (type $ret) (i32.const 1))
  (func $two (type $ret) (i32.const 2))
  (func $three (type $ret) (i32.const 3))
  (elem (table $t) (i64.const 1) func $one $two)
  (elem $passive func $three $one)

  (func (export "call") (param i64) (result i32) (call_indirect $t (type $ret) (local.get 0)))
  (func (export "tail") (param i64) (result i32) (return_call_indirect $t (type $ret) (local.get 0)))
  (func (export "is_null") (param i64) (result i32) (ref.is_null (table.get $t (local.get 0))))
  (func (export "set") (param i64 i64) (table.set $t (local.get 0) (table.get $t (local.get 1))))
  (func (export "size") (result i64) (table.size $t))
  (func (export "small_size") (result i32) (table.size $small))
  (func (export "grow") (param i64) (result i64) (table.grow $t (ref.null func) (local.get 0)))
  (func (export "grow_with") (param i64 i64) (result i64) (table.grow $t (table.get $t (local.get 0)) (local.get 1)))
  (func (export "fill") (param i64 i64 i64) (table.fill $t (local.get 0) (table.get $t (local.get 1)) (local.get 2)))
  (func (export "copy") (param i64 i64 i64) (table.copy $t $t (local.get 0) (local.get 1) (local.get 2)))
  ;; Between a 64-bit and a 32-bit table the length is an i32.
  (func (export "to_small") (param i32 i64 i32) (table.copy $small $t (local.get 0) (local.get 1) (local.get 2)))
  (func (export "from_small") (param i64 i32 i32) (table.copy $t $small (local.get 0) (local.get 1) (local.get 2)))
  (func (export "call_small") (param i32) (result i32) (call_indirect $small (type $ret) (local.get 0)))
  (func (export "init") (param i64 i32 i32) (table.init $t $passive (local.get 0) (local.get 1) (local.get 2)))
)

(assert_return (invoke "size") (i64.const 4))
(assert_return (invoke "call" (i64.const 1)) (i32.const 1))
(assert_return (invoke "tail" (i64.const 2)) (i32.const 2))
(assert_trap (invoke "call" (i64.const 0)) "uninitialized element")
(assert_trap (invoke "call" (i64.const 4)) "undefined element")
(assert_trap (invoke "call" (i64.const 0x1_0000_0001)) "undefined element")
(assert_trap (invoke "tail" (i64.const -1)) "undefined element")
(assert_return (invoke "is_null" (i64.const 0)) (i32.const 1))
(assert_return (invoke "is_null" (i64.const 2)) (i32.const 0))
(assert_trap (invoke "is_null" (i64.const 0x1_0000_0000)) "out of bounds table access")
(assert_return (invoke "set" (i64.const 3) (i64.const 2)))
(assert_return (invoke "call" (i64.const 3)) (i32.const 2))
(assert_trap (invoke "set" (i64.const 0x1_0000_0003) (i64.const 2)) "out of bounds table access")

(assert_return (invoke "grow" (i64.const 2)) (i64.const 4))
(assert_return (invoke "size") (i64.const 6))
(assert_return (invoke "grow" (i64.const 5)) (i64.const -1))
(assert_return (invoke "grow" (i64.const 0x1_0000_0000)) (i64.const -1))
(assert_return (invoke "grow" (i64.const -1)) (i64.const -1))
(assert_return (invoke "grow_with" (i64.const 1) (i64.const 1)) (i64.const 6))
(assert_return (invoke "call" (i64.const 6)) (i32.const 1))
(assert_return (invoke "size") (i64.const 7))

(assert_return (invoke "fill" (i64.const 4) (i64.const 2) (i64.const 2)))
(assert_return (invoke "call" (i64.const 5)) (i32.const 2))
(assert_trap (invoke "fill" (i64.const 4) (i64.const 2) (i64.const 0x1_0000_0000)) "out of bounds table access")
(assert_trap (invoke "fill" (i64.const 0x1_0000_0000) (i64.const 2) (i64.const 0)) "out of bounds table access")
(assert_return (invoke "copy" (i64.const 0) (i64.const 1) (i64.const 2)))
(assert_return (invoke "call" (i64.const 0)) (i32.const 1))
(assert_trap (invoke "copy" (i64.const 0) (i64.const 0x1_0000_0000) (i64.const 0)) "out of bounds table access")
(assert_trap (invoke "copy" (i64.const 0) (i64.const 0) (i64.const 0x1_0000_0001)) "out of bounds table access")
(assert_return (invoke "to_small" (i32.const 0) (i64.const 5) (i32.const 2)))
(assert_return (invoke "call_small" (i32.const 1)) (i32.const 1))
(assert_trap (invoke "to_small" (i32.const 0) (i64.const 0x1_0000_0000) (i32.const 0)) "out of bounds table access")
(assert_return (invoke "from_small" (i64.const 3) (i32.const 0) (i32.const 1)))
(assert_return (invoke "call" (i64.const 3)) (i32.const 2))
(assert_return (invoke "init" (i64.const 0) (i32.const 0) (i32.const 2)))
(assert_return (invoke "call" (i64.const 0)) (i32.const 3))
(assert_return (invoke "call" (i64.const 1)) (i32.const 1))
(assert_trap (invoke "init" (i64.const 0x1_0000_0000) (i32.const 0) (i32.const 0)) "out of bounds table access")
(assert_trap (invoke "init" (i64.const 6) (i32.const 0) (i32.const 2)) "out of bounds table access")

;; Element segments past the end fail instantiation.
(assert_trap
  (module (table i64 1 funcref) (func $f) (elem (i64.const 0x1_0000_0000) func $f))
  "out of bounds table access")

;; Imports match the index type and the declared maximum exactly (a table64 may declare
;; more than 2^32 elements).
(module $exporter
  (table (export "t64") i64 1 0x1_0000_0000 funcref)
  (table (export "t32") 1 funcref))
(register "exporter" $exporter)
(module (import "exporter" "t64" (table i64 1 funcref)))
(module (import "exporter" "t64" (table i64 1 0x1_0000_0000 funcref)))
(assert_unlinkable (module (import "exporter" "t64" (table i64 1 0xffff_ffff funcref))) "incompatible import type")
(assert_unlinkable (module (import "exporter" "t64" (table 1 funcref))) "incompatible import type")
(assert_unlinkable (module (import "exporter" "t32" (table i64 1 funcref))) "incompatible import type")
