;; Tables that start lazily and function references made on first use (vm::table,
;; vm::vmctx): every way a slot or a reference can be read, written or copied before and
;; after it is made.

(module $lazy
  (type $v_i (func (result i32)))
  (import "spectest" "print_i32" (func $print (param i32)))
  (func $zero (result i32) (i32.const 0))
  (func $one (result i32) (i32.const 1))
  (func $two (result i32) (i32.const 2))
  (func $three (result i32) (i32.const 3))
  (table $t (export "t") 8 20 funcref)
  ;; Later segments overwrite earlier ones, nulls included; slot 7 has no segment.
  (elem (table $t) (i32.const 0) func $zero $one $two $three)
  (elem (table $t) (i32.const 2) funcref (ref.func $three) (ref.null func))
  (elem (table $t) (i32.const 4) func $one $print $two)
  (table $other 8 funcref)
  (func (export "call") (param i32) (result i32)
    (call_indirect $t (type $v_i) (local.get 0)))
  (func (export "is_null") (param i32) (result i32)
    (ref.is_null (table.get $t (local.get 0))))
  (func (export "set_null") (param i32)
    (table.set $t (local.get 0) (ref.null func)))
  (func (export "set") (param i32 i32)
    (table.set $t (local.get 0) (table.get $t (local.get 1))))
  (func (export "copy_out") (param i32 i32 i32)
    (table.copy $other $t (local.get 0) (local.get 1) (local.get 2)))
  (func (export "call_other") (param i32) (result i32)
    (call_indirect $other (type $v_i) (local.get 0)))
  (func (export "grow") (param i32) (result i32)
    (table.grow $t (ref.func $two) (local.get 0)))
  (func (export "fill") (param i32 i32)
    (table.fill $t (local.get 0) (ref.null func) (local.get 1)))
  (func (export "ref_func_call") (result i32)
    (call_ref $v_i (ref.func $three)))
)

(assert_return (invoke "call" (i32.const 0)) (i32.const 0))
(assert_return (invoke "call" (i32.const 1)) (i32.const 1))
(assert_return (invoke "call" (i32.const 2)) (i32.const 3))
(assert_trap (invoke "call" (i32.const 3)) "uninitialized element")
(assert_return (invoke "is_null" (i32.const 3)) (i32.const 1))
(assert_return (invoke "call" (i32.const 4)) (i32.const 1))
(assert_trap (invoke "call" (i32.const 5)) "indirect call type mismatch")
(assert_return (invoke "is_null" (i32.const 6)) (i32.const 0))
(assert_return (invoke "is_null" (i32.const 7)) (i32.const 1))
(assert_trap (invoke "call" (i32.const 7)) "uninitialized element")
(assert_trap (invoke "call" (i32.const 8)) "undefined element")
(assert_return (invoke "ref_func_call") (i32.const 3))

;; A non-null store into a slot never made keeps the stored reference.
(invoke "set" (i32.const 6) (i32.const 0))
(assert_return (invoke "call" (i32.const 6)) (i32.const 0))
;; A null stored into a slot never made stays null (the table is made first).
(invoke "set_null" (i32.const 1))
(assert_return (invoke "is_null" (i32.const 1)) (i32.const 1))
(assert_trap (invoke "call" (i32.const 1)) "uninitialized element")
(assert_return (invoke "call" (i32.const 0)) (i32.const 0))
(assert_return (invoke "call" (i32.const 2)) (i32.const 3))
(assert_return (invoke "call" (i32.const 4)) (i32.const 1))

(module $lazy2
  (type $v_i (func (result i32)))
  (func $a (result i32) (i32.const 10))
  (func $b (result i32) (i32.const 11))
  (table $t (export "t") 4 funcref)
  (elem (table $t) (i32.const 0) func $a $b $a $b)
  (table $other 4 funcref)
  (func (export "call") (param i32) (result i32)
    (call_indirect $t (type $v_i) (local.get 0)))
  (func (export "copy_out") (param i32 i32 i32)
    (table.copy $other $t (local.get 0) (local.get 1) (local.get 2)))
  (func (export "call_other") (param i32) (result i32)
    (call_indirect $other (type $v_i) (local.get 0)))
  (func (export "grow") (param i32) (result i32)
    (table.grow $t (ref.func $b) (local.get 0)))
  (func (export "fill") (param i32 i32)
    (table.fill $t (local.get 0) (ref.null func) (local.get 1)))
)
(register "lazy2" $lazy2)

;; table.copy out of a table never read.
(invoke "copy_out" (i32.const 0) (i32.const 1) (i32.const 3))
(assert_return (invoke "call_other" (i32.const 0)) (i32.const 11))
(assert_return (invoke "call_other" (i32.const 1)) (i32.const 10))
(assert_return (invoke "call_other" (i32.const 2)) (i32.const 11))
(assert_trap (invoke "call_other" (i32.const 3)) "uninitialized element")
(assert_return (invoke "grow" (i32.const 2)) (i32.const 4))
(assert_return (invoke "call" (i32.const 5)) (i32.const 11))
(invoke "fill" (i32.const 1) (i32.const 2))
(assert_return (invoke "call" (i32.const 0)) (i32.const 10))
(assert_trap (invoke "call" (i32.const 1)) "uninitialized element")
(assert_trap (invoke "call" (i32.const 2)) "uninitialized element")
(assert_return (invoke "call" (i32.const 3)) (i32.const 11))

;; A lazy table exported before any of its slots was read: the importer reads, calls and
;; writes null through it.
(module $fresh
  (type $v_i (func (result i32)))
  (func $c (result i32) (i32.const 20))
  (func $d (result i32) (i32.const 21))
  (table $t (export "t") 3 funcref)
  (elem (table $t) (i32.const 0) func $c $d $c)
  (func (export "call") (param i32) (result i32)
    (call_indirect $t (type $v_i) (local.get 0)))
)
(register "fresh" $fresh)
(module $importer
  (type $v_i (func (result i32)))
  (import "fresh" "t" (table $t 3 funcref))
  (func (export "call") (param i32) (result i32)
    (call_indirect $t (type $v_i) (local.get 0)))
  (func (export "is_null") (param i32) (result i32)
    (ref.is_null (table.get $t (local.get 0))))
  (func (export "set_null") (param i32)
    (table.set $t (local.get 0) (ref.null func)))
)
(assert_return (invoke $importer "call" (i32.const 1)) (i32.const 21))
(assert_return (invoke $importer "is_null" (i32.const 2)) (i32.const 0))
(invoke $importer "set_null" (i32.const 0))
(assert_return (invoke $importer "is_null" (i32.const 0)) (i32.const 1))
(assert_trap (invoke $fresh "call" (i32.const 0)) "uninitialized element")
(assert_return (invoke $fresh "call" (i32.const 2)) (i32.const 20))

;; Segments into a table it imports stay eager, lazily made references included; an
;; out-of-bounds segment still fails instantiation after the earlier ones were applied.
(module $writer
  (type $v_i (func (result i32)))
  (import "lazy2" "t" (table $t 4 funcref))
  (func $e (result i32) (i32.const 30))
  (elem (table $t) (i32.const 3) func $e)
)
(assert_return (invoke $lazy2 "call" (i32.const 3)) (i32.const 30))
(assert_trap
  (module
    (import "lazy2" "t" (table $t 4 funcref))
    (func $f (result i32) (i32.const 40))
    (elem (table $t) (i32.const 0) func $f)
    (elem (table $t) (i32.const 100) func $f))
  "out of bounds table access")
(assert_return (invoke $lazy2 "call" (i32.const 0)) (i32.const 40))

;; A failed instantiation leaves its own lazily started table as the segments before the
;; failure made it: a function it leaked into an imported table sees slot 0 (before the
;; failure) set and slot 1 (a segment after it) null.
(assert_trap
  (module
    (import "lazy2" "t" (table $imp 4 funcref))
    (table $t 2 funcref)
    (func $f (result i32) (i32.const 0))
    (func $g (result i32)
      (i32.add (i32.mul (ref.is_null (table.get $t (i32.const 0))) (i32.const 10))
               (ref.is_null (table.get $t (i32.const 1)))))
    (elem (table $t) (i32.const 0) func $f)
    (elem (table $imp) (i32.const 2) func $g)
    (elem (table $imp) (i32.const 100) func $f)
    (elem (table $t) (i32.const 1) func $f))
  "out of bounds table access")
(assert_return (invoke $lazy2 "call" (i32.const 2)) (i32.const 1))

;; A defined table whose later segment does not fit: applied in order, then the trap.
(assert_trap
  (module
    (table $t 2 funcref)
    (func $f)
    (elem (table $t) (i32.const 0) func $f)
    (elem (table $t) (i32.const 1) func $f $f))
  "out of bounds table access")

;; An initializer expression keeps the table eager: segments overwrite it.
(module $with_init
  (type $v_i (func (result i32)))
  (func $g (result i32) (i32.const 50))
  (func $h (result i32) (i32.const 51))
  (table $t 3 funcref (ref.func $g))
  (elem (table $t) (i32.const 1) funcref (ref.func $h) (ref.null func))
  (func (export "call") (param i32) (result i32)
    (call_indirect $t (type $v_i) (local.get 0)))
)
(assert_return (invoke "call" (i32.const 0)) (i32.const 50))
(assert_return (invoke "call" (i32.const 1)) (i32.const 51))
(assert_trap (invoke "call" (i32.const 2)) "uninitialized element")

;; Offsets read from an imported global: eager.
(module $global_offset
  (type $v_i (func (result i32)))
  (import "spectest" "global_i32" (global $g i32))
  (func $k (result i32) (i32.const 60))
  (table $t 1000 funcref)
  (elem (table $t) (global.get $g) func $k)
  (func (export "call") (param i32) (result i32)
    (call_indirect $t (type $v_i) (local.get 0)))
)
(assert_return (invoke "call" (i32.const 666)) (i32.const 60))

;; Function references made on first use: by a global's initializer, by an export, by
;; ref.func in code and in a tail call, in any order.
(module $refs
  (type $v_i (func (result i32)))
  (func $p (export "p") (result i32) (i32.const 70))
  (func $q (result i32) (i32.const 71))
  (func $r (result i32) (i32.const 72))
  (global $gq (ref $v_i) (ref.func $q))
  (elem declare func $r $p)
  (func (export "via_global") (result i32)
    (call_ref $v_i (global.get $gq)))
  (func (export "via_ref_func") (result i32)
    (call_ref $v_i (ref.func $r)))
  (func (export "via_ref_func_p") (result i32)
    (call_ref $v_i (ref.func $p)))
  (func (export "tail") (result i32)
    (return_call $r))
)
(assert_return (invoke "tail") (i32.const 72))
(assert_return (invoke "via_ref_func") (i32.const 72))
(assert_return (invoke "via_global") (i32.const 71))
(assert_return (invoke "via_ref_func_p") (i32.const 70))
(assert_return (invoke "p") (i32.const 70))
