;; Tags: each instance defines its own (two instances of the same module throw different
;; exceptions), imports are the exporter's own, and import matching checks the type and
;; the kind. (proposals/exceptions/tag.wast is skipped for its GC recursive types.)

(module $m1
  (tag (export "t") (param i32))
  (func (export "throw") (param i32) (throw 0 (local.get 0))))
(register "one" $m1)
(module $m2
  (tag (export "t") (param i32))
  (func (export "throw") (param i32) (throw 0 (local.get 0))))
(register "two" $m2)

(module
  (import "one" "t" (tag $t1 (param i32)))
  (import "one" "throw" (func $throw1 (param i32)))
  (import "two" "throw" (func $throw2 (param i32)))
  (tag $own (export "own") (param i32))
  (func (export "from_m1") (result i32)
    (block $c (result i32) (try_table (catch $t1 $c) (call $throw1 (i32.const 5))) (i32.const -1)))
  (func (export "from_m2") (result i32)
    (block $c (result i32) (try_table (catch $t1 $c) (call $throw2 (i32.const 6))) (i32.const -1)))
  (func (export "from_m2_any") (result i32)
    (block $c (try_table (catch_all $c) (call $throw2 (i32.const 6)))) (i32.const 7)))

(assert_return (invoke "from_m1") (i32.const 5))
(assert_exception (invoke "from_m2"))
(assert_return (invoke "from_m2_any") (i32.const 7))
(assert_unlinkable (module (import "one" "t" (tag (param i64)))) "incompatible import type")
(assert_unlinkable (module (import "one" "t" (tag))) "incompatible import type")
(assert_unlinkable (module (import "one" "throw" (tag (param i32)))) "incompatible import type")
(assert_unlinkable (module (import "one" "t" (func (param i32)))) "incompatible import type")
